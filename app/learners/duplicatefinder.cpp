// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/duplicatefinder.h"

#include "core/textfold.h"
#include "learners/learnerfields.h"
#include "learners/learnerstore.h"

#include <algorithm>

QStringList DuplicateFinder::keys(const Learner &learner)
{
    // A unit separator keeps "ab" + "c" apart from "a" + "bc".
    const QChar sep(0x1f);
    const QString postcode = LearnerFields::normalisedPostcode(learner.postcode);
    QStringList keys;
    const QString display = foldForSearch(learner.displayName);
    if (!display.isEmpty())
        keys << QStringLiteral("n") + sep + display + sep + postcode;
    const QString first = foldForSearch(learner.firstName);
    const QString last = foldForSearch(learner.lastName);
    if (!first.isEmpty() && !last.isEmpty())
        keys << QStringLiteral("f") + sep + first + sep + last + sep + postcode;
    const QString contact = learner.contactKey.isEmpty() ? LearnerFields::contactKey(learner.email, learner.phone)
                                                         : learner.contactKey;
    if (!contact.isEmpty())
        keys << QStringLiteral("c") + sep + contact;
    return keys;
}

bool DuplicateFinder::matches(const Learner &a, const Learner &b)
{
    const QStringList mine = keys(a);
    for (const QString &key : keys(b)) {
        if (mine.contains(key))
            return true;
    }
    return false;
}

void DuplicateFinder::insert(const Learner &learner, qint64 tag)
{
    for (const QString &key : keys(learner))
        m_index[key].append(tag);
    ++m_count;
}

QList<qint64> DuplicateFinder::find(const Learner &learner) const
{
    QList<qint64> tags;
    for (const QString &key : keys(learner)) {
        const auto it = m_index.constFind(key);
        if (it == m_index.constEnd())
            continue;
        for (qint64 tag : *it) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    std::sort(tags.begin(), tags.end());
    return tags;
}
