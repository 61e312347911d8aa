// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/demoregistry.h"

#include "aidemo/cvscreening.h"
#include "aidemo/nextword.h"
#include "aidemo/similarwords.h"
#include "aidemo/teachthemachine.h"

#include <QCoreApplication>

const QList<DemoRegistry::Demo> &DemoRegistry::demos()
{
    static const QList<Demo> all = {
        {QStringLiteral("teach-the-machine"), QT_TRANSLATE_NOOP("DemoRegistry", "Teach the machine"),
         QT_TRANSLATE_NOOP("DemoRegistry", "The group sorts messages into scams and normal messages; the machine learns from them, and from mistakes."),
         &TeachTheMachine::keyFigures},
        {QStringLiteral("cv-screening"), QT_TRANSLATE_NOOP("DemoRegistry", "The CV screener"),
         QT_TRANSLATE_NOOP("DemoRegistry", "A screener learns from past hiring decisions, and their bias: selection rates per group, and the proxies that carry the bias."),
         &CvScreening::keyFigures},
        {QStringLiteral("chatbot"), QT_TRANSLATE_NOOP("DemoRegistry", "How a chatbot writes"),
         QT_TRANSLATE_NOOP("DemoRegistry", "A small model writes word by word, picking among likely next words: fluent is not the same as true."),
         &NextWord::keyFigures},
        {QStringLiteral("similar-words"), QT_TRANSLATE_NOOP("DemoRegistry", "Similar words"),
         QT_TRANSLATE_NOOP("DemoRegistry", "Words turned into numbers: a job search that understands misspellings and related jobs."),
         &SimilarWords::keyFigures},
    };
    return all;
}

const DemoRegistry::Demo *DemoRegistry::find(const QString &id)
{
    for (const Demo &demo : demos())
        if (demo.id == id)
            return &demo;
    return nullptr;
}

QString DemoRegistry::title(const Demo &demo)
{
    return QCoreApplication::translate("DemoRegistry", demo.title);
}

QString DemoRegistry::summary(const Demo &demo)
{
    return QCoreApplication::translate("DemoRegistry", demo.summary);
}
