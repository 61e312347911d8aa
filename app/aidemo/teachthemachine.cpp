// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/teachthemachine.h"

#include "core/textfold.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Everyday messages written for the workshop: no real brand, no real link. Scams imitate what
// people in public digital spaces actually receive (parcel fees, bank alerts, "it's me, new
// number"); the normal messages deliberately share some of their words (parcel, card, number)
// so that the machine has to weigh words rather than spot one.
const char *const englishScams[] = {
    "Your parcel could not be delivered. Pay the 1.99 fee within 24 hours to reschedule: parcel-redelivery.info",
    "Mum, it's me, I broke my phone, this is my new number. Can you send me a message here?",
    "Security alert: unusual login on your bank account. Confirm your details now or your card will be blocked.",
    "Congratulations! You have won a 500 voucher. Click the link to claim your prize today.",
    "Tax office: you are owed a refund of 278.40. Enter your card details to receive it.",
    "Your account has been suspended. Verify your identity immediately at secure-login-check.com",
    "Hi dad, new number, my old phone is broken. I need to pay a bill urgently, can you help?",
    "Final notice: your electricity will be cut today unless you pay the amount due by card now.",
    "Your package is held at customs. A customs fee of 2.50 is required: click here to pay.",
    "We tried to reach you about your insurance claim. Call this number urgently to get your compensation.",
    "Your card has been blocked for your security. Reply with the code you received to unblock it.",
    "Investment opportunity: double your savings with crypto, guaranteed profit. Click the link now, limited places.",
    "Your bank account will be closed today. Click the link to confirm your details.",
    "Last chance: your parcel will be returned. Pay the delivery fee now by card.",
    "Your subscription payment failed. Update your payment details within 48 hours to avoid suspension.",
    "Health insurance: your new card is ready. Confirm your bank details to receive it by post.",
    "URGENT: a fine of 35 is unpaid. Pay now online to avoid a 135 penalty.",
    "Hello, I am a recruiter. Earn 300 a day from home by liking videos, send me your phone number.",
    "Your mailbox is full. Log in here to verify your password or your messages will be deleted.",
    "Dear customer, a refund is waiting for you. Click the link and enter your card number.",
    "It's me, I lost my phone. Please transfer 450 to this account today, I'll pay you back tomorrow.",
    "Your delivery is on hold: confirm your address and pay the small fee at track-my-parcel.net",
};
const char *const englishNormal[] = {
    "Reminder: your appointment with Dr Martin is on Tuesday at 10:30. Call the surgery if you cannot come.",
    "Hi mum, I'll be home late tonight, keep some dinner for me please.",
    "The computer workshop at the library starts at 2 pm on Thursday, see you there!",
    "Your prescription is ready to collect at the pharmacy.",
    "Can you pick up bread on your way home? Thanks.",
    "Happy birthday Grandma! We'll call you this evening with the kids.",
    "The school trip is on Friday; children need a packed lunch and a raincoat.",
    "Your library books are due back next Monday. You can renew them at the desk.",
    "Football training is cancelled tonight because of the rain, see you on Saturday.",
    "Thank you for your visit today. Your next check-up is in six months.",
    "Are we still meeting for coffee on Saturday morning? Love, Nadia",
    "The meeting with the social worker is moved to Wednesday at 11. See you then, thanks.",
    "Your parcel was left with your neighbour at number 12.",
    "Don't forget the family lunch at Aunt Sophie's on Sunday at noon.",
    "The plumber will come tomorrow between 8 and 10 am.",
    "I've sent you the photos from the wedding by email, tell me what you think. Love",
    "We received your bus pass renewal. There is nothing more to do.",
    "The French class is full this week, we will keep you a place next week.",
    "Dinner is ready, come down! Love, mum",
    "Thanks for the lovely evening, see you soon! Love to the kids.",
    "Your appointment at the town hall is confirmed for Thursday at 3 pm. See you then.",
    "Your job interview is confirmed for Monday at 9 am at the town hall, bring your CV.",
};
const char *const frenchScams[] = {
    "Votre colis n'a pas pu être livré. Réglez les frais de 1,99 € sous 24 heures : colis-relivraison.info",
    "Maman c'est moi, j'ai cassé mon téléphone, voici mon nouveau numéro. Tu peux m'écrire ici ?",
    "Alerte sécurité : connexion inhabituelle sur votre compte bancaire. Confirmez vos informations sinon votre carte sera bloquée.",
    "Félicitations ! Vous avez gagné un bon d'achat de 500 €. Cliquez sur le lien pour récupérer votre cadeau.",
    "Impôts : vous avez droit à un remboursement de 278,40 €. Saisissez vos coordonnées bancaires pour le recevoir.",
    "Votre compte a été suspendu. Vérifiez votre identité immédiatement sur compte-securise-verif.com",
    "Papa, nouveau numéro, mon ancien téléphone est cassé. Je dois payer une facture en urgence, tu peux m'aider ?",
    "Dernier avis : votre électricité sera coupée aujourd'hui si vous ne réglez pas le montant dû par carte.",
    "Votre colis est bloqué en douane. Des frais de douane de 2,50 € sont à payer : cliquez ici.",
    "Assurance : nous avons essayé de vous joindre pour votre indemnisation. Appelez vite ce numéro ou cliquez sur le lien pour la recevoir.",
    "Votre carte a été bloquée pour votre sécurité. Répondez avec le code reçu pour la débloquer.",
    "Placement exceptionnel : doublez votre épargne avec les cryptos, gain garanti. Cliquez vite sur le lien, places limitées.",
    "Votre compte bancaire sera fermé aujourd'hui. Cliquez sur le lien pour confirmer vos informations.",
    "Dernière chance : votre colis sera renvoyé. Payez les frais de livraison maintenant par carte.",
    "Le paiement de votre abonnement a échoué. Mettez à jour vos informations de paiement sous 48 h pour éviter la suspension.",
    "Mutuelle santé : votre nouvelle carte est prête. Confirmez vos coordonnées bancaires pour la recevoir.",
    "URGENT : une amende de 35 € est impayée. Payez maintenant en ligne pour éviter une majoration à 135 €.",
    "Bonjour, je suis recruteur. Gagnez 300 € par jour depuis chez vous en aimant des vidéos, envoyez votre numéro.",
    "Votre boîte mail est pleine. Connectez-vous ici pour vérifier votre mot de passe, sinon vos messages seront supprimés.",
    "Cher client, un remboursement vous attend. Cliquez sur le lien et saisissez votre numéro de carte.",
    "C'est moi, j'ai perdu mon téléphone. Fais-moi un virement de 450 € aujourd'hui, je te rembourse demain.",
    "Votre livraison est en attente : confirmez votre adresse et payez les petits frais sur suivi-colis-express.net",
};
const char *const frenchNormal[] = {
    "Rappel : votre rendez-vous chez le Dr Martin est mardi à 10 h 30. Appelez le cabinet si vous ne pouvez pas venir.",
    "Coucou maman, je rentre tard ce soir, garde-moi une assiette s'il te plaît.",
    "L'atelier informatique de la médiathèque commence jeudi à 14 h, à bientôt !",
    "Votre ordonnance est prête, vous pouvez passer la chercher à la pharmacie.",
    "Tu peux prendre du pain en rentrant ? Merci.",
    "Joyeux anniversaire Mamie ! On t'appelle ce soir avec les enfants.",
    "La sortie scolaire a lieu vendredi ; prévoir un pique-nique et un imperméable. Merci.",
    "Vos livres de la bibliothèque sont à rendre lundi prochain. Vous pouvez les prolonger à l'accueil.",
    "L'entraînement de foot est annulé ce soir à cause de la pluie, à samedi.",
    "Merci pour votre visite. Votre prochain contrôle est dans six mois.",
    "On se voit toujours pour le café samedi matin ? Bisous, Nadia",
    "Le rendez-vous avec l'assistante sociale est déplacé à mercredi 11 h. À mercredi, merci.",
    "Votre colis a été déposé chez votre voisin au numéro 12.",
    "N'oubliez pas le repas de famille chez tante Sophie dimanche à midi. Bisous à tous.",
    "Le plombier passera demain entre 8 h et 10 h.",
    "Je t'ai envoyé les photos du mariage par mail, dis-moi ce que tu en penses. Bisous",
    "Nous avons bien reçu le renouvellement de votre abonnement de bus. Vous n'avez rien d'autre à faire.",
    "Le cours de français est complet cette semaine, on vous garde une place la semaine prochaine.",
    "Le dîner est prêt, descends ! Bisous, maman",
    "Merci pour la belle soirée, à bientôt ! Bisous aux enfants.",
    "Votre rendez-vous à la mairie est confirmé jeudi à 15 h. À jeudi.",
    "Votre entretien d'embauche est confirmé lundi à 9 h à la mairie, apportez votre CV.",
};

// Grammar words that appear everywhere and would only add noise to the explanations. "your" and
// "votre" are kept on purpose: scams address the reader far more often, and the group may notice.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {
        // English
        QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("to"), QStringLiteral("of"),
        QStringLiteral("is"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"),
        QStringLiteral("it"), QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("by"),
        QStringLiteral("be"), QStringLiteral("an"), QStringLiteral("are"), QStringLiteral("this"),
        QStringLiteral("me"), QStringLiteral("we"), QStringLiteral("ll"), QStringLiteral("ve"),
        QStringLiteral("am"), QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("been"),
        // French
        QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("les"), QStringLiteral("de"),
        QStringLiteral("des"), QStringLiteral("du"), QStringLiteral("un"), QStringLiteral("une"),
        QStringLiteral("et"), QStringLiteral("est"), QStringLiteral("en"), QStringLiteral("au"),
        QStringLiteral("je"), QStringLiteral("tu"), QStringLiteral("il"), QStringLiteral("on"),
        QStringLiteral("ce"), QStringLiteral("sur"), QStringLiteral("pour"), QStringLiteral("par"),
        QStringLiteral("avec"), QStringLiteral("chez"), QStringLiteral("sont"), QStringLiteral("ete"),
        QStringLiteral("pas"), QStringLiteral("ne"), QStringLiteral("se"), QStringLiteral("te"),
        QStringLiteral("moi"), QStringLiteral("qu"), QStringLiteral("que"), QStringLiteral("ai"),
    };
    return words;
}

template <std::size_t N>
void append(QList<LabelledMessage> *list, const char *const (&texts)[N], bool scam)
{
    for (const char *text : texts)
        list->append({QString::fromUtf8(text), scam});
}

// Fisher–Yates with Qt's seeded generator, so that a seed gives the same order on every machine.
QList<int> shuffledIndexes(int count, quint32 seed)
{
    QList<int> order(count);
    for (int i = 0; i < count; ++i)
        order[i] = i;
    QRandomGenerator random(seed);
    for (int i = count - 1; i > 0; --i)
        std::swap(order[i], order[int(random.bounded(i + 1))]);
    return order;
}

} // namespace

QList<LabelledMessage> TeachTheMachine::examples(const QString &language)
{
    QList<LabelledMessage> list;
    // Alternating would make the order itself a clue; the widget and the split shuffle anyway.
    if (language == QLatin1String("fr")) {
        append(&list, frenchScams, true);
        append(&list, frenchNormal, false);
    } else {
        append(&list, englishScams, true);
        append(&list, englishNormal, false);
    }
    return list;
}

QStringList TeachTheMachine::words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList result;
    const QStringList parts = foldForSearch(text).split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (part.size() > 1 && !stopWords().contains(part))
            result << part;
    return result;
}

void TeachTheMachine::split(const QList<LabelledMessage> &all, quint32 seed, double heldOutShare,
                            QList<LabelledMessage> *teaching, QList<LabelledMessage> *heldOut)
{
    teaching->clear();
    heldOut->clear();
    // Stratified: each kind is cut separately so a small held-out set is never all scams.
    for (const bool scam : {true, false}) {
        QList<LabelledMessage> kind;
        for (const LabelledMessage &message : all)
            if (message.scam == scam)
                kind << message;
        const QList<int> order = shuffledIndexes(int(kind.size()), seed + (scam ? 1u : 2u));
        const int held = int(std::lround(heldOutShare * kind.size()));
        for (int i = 0; i < order.size(); ++i)
            (i < held ? heldOut : teaching)->append(kind.at(order.at(i)));
    }
    // Mix the two kinds so that the group does not label ten scams in a row.
    const QList<int> order = shuffledIndexes(int(teaching->size()), seed + 3u);
    QList<LabelledMessage> mixed;
    for (const int i : order)
        mixed << teaching->at(i);
    *teaching = mixed;
}

QList<LabelledMessage> TeachTheMachine::corruptLabels(const QList<LabelledMessage> &messages,
                                                      double share, quint32 seed,
                                                      QList<int> *flipped)
{
    QList<LabelledMessage> result = messages;
    const QList<int> order = shuffledIndexes(int(messages.size()), seed);
    const int count = int(std::lround(share * messages.size()));
    if (flipped)
        flipped->clear();
    for (int i = 0; i < count && i < order.size(); ++i) {
        result[order.at(i)].scam = !result[order.at(i)].scam;
        if (flipped)
            flipped->append(order.at(i));
    }
    return result;
}

void TeachTheMachine::train(const QList<LabelledMessage> &labelled)
{
    for (int c = 0; c < 2; ++c) {
        m_counts[c].clear();
        m_totalWords[c] = 0;
        m_docs[c] = 0;
    }
    m_vocabulary.clear();
    for (const LabelledMessage &message : labelled) {
        const int c = message.scam ? 1 : 0;
        ++m_docs[c];
        for (const QString &word : words(message.text)) {
            ++m_counts[c][word];
            ++m_totalWords[c];
            m_vocabulary.insert(word);
        }
    }
}

double TeachTheMachine::wordWeight(const QString &word) const
{
    // Laplace smoothing: every word of the vocabulary counts once more in each kind, so a word
    // never seen in one kind does not make that kind impossible.
    const double v = double(m_vocabulary.size());
    const double scam = (m_counts[1].value(word) + 1.0) / (m_totalWords[1] + v);
    const double normal = (m_counts[0].value(word) + 1.0) / (m_totalWords[0] + v);
    return std::log(scam) - std::log(normal);
}

ScamPrediction TeachTheMachine::predict(const QString &text, int maxReasons) const
{
    ScamPrediction prediction;
    if (!canPredict())
        return prediction;
    // Prior: how often each kind was labelled.
    double logOdds = std::log(double(m_docs[1])) - std::log(double(m_docs[0]));
    QHash<QString, double> perWord;
    QStringList order; // first appearance, for a stable tie-break
    for (const QString &word : words(text)) {
        if (!m_vocabulary.contains(word))
            continue; // a word never seen while learning tells this model nothing
        if (!perWord.contains(word))
            order << word;
        const double weight = wordWeight(word);
        perWord[word] += weight;
        logOdds += weight;
    }
    prediction.probabilityScam = 1.0 / (1.0 + std::exp(-logOdds));
    // An exact tie (no known word, as many scams as not) is not an accusation.
    prediction.scam = prediction.probabilityScam > 0.5;
    for (const QString &word : order)
        prediction.reasons.append({word, perWord.value(word)});
    std::stable_sort(prediction.reasons.begin(), prediction.reasons.end(),
                     [](const WordWeight &a, const WordWeight &b) {
                         return std::abs(a.weight) > std::abs(b.weight);
                     });
    if (prediction.reasons.size() > maxReasons)
        prediction.reasons.resize(maxReasons);
    return prediction;
}

double TeachTheMachine::accuracy(const QList<LabelledMessage> &messages) const
{
    if (!canPredict() || messages.isEmpty())
        return 0.0;
    int right = 0;
    for (const LabelledMessage &message : messages)
        right += predict(message.text, 0).scam == message.scam ? 1 : 0;
    return double(right) / double(messages.size());
}

QStringList TeachTheMachine::topScamWords(int count) const
{
    QList<WordWeight> all;
    for (auto it = m_vocabulary.cbegin(); it != m_vocabulary.cend(); ++it)
        all.append({*it, wordWeight(*it)});
    // QHash order changes between runs: sort on the word too so the list is stable for a seed.
    std::sort(all.begin(), all.end(), [](const WordWeight &a, const WordWeight &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.word < b.word;
    });
    QStringList result;
    for (int i = 0; i < count && i < all.size(); ++i)
        result << all.at(i).word;
    return result;
}

QJsonObject TeachTheMachine::keyFigures(quint32 seed, const QString &language)
{
    const QString lang = language == QLatin1String("fr") ? language : QStringLiteral("en");
    QList<LabelledMessage> teaching;
    QList<LabelledMessage> heldOut;
    split(examples(lang), seed, 0.25, &teaching, &heldOut);

    TeachTheMachine machine;
    machine.train(teaching);
    const double clean = machine.accuracy(heldOut);
    const QStringList topWords = machine.topScamWords(8);

    // One draw of wrong labels can be lucky or unlucky: average ten seeded draws.
    auto corrupted = [&](double share) {
        double sum = 0.0;
        const int draws = 10;
        for (int d = 0; d < draws; ++d) {
            TeachTheMachine confused;
            confused.train(corruptLabels(teaching, share, seed * 31u + 7u * quint32(d) + 1u));
            sum += confused.accuracy(heldOut);
        }
        return sum / draws;
    };

    QJsonObject figures;
    figures.insert(QStringLiteral("seed"), qint64(seed));
    figures.insert(QStringLiteral("language"), lang);
    figures.insert(QStringLiteral("examples"), int(teaching.size() + heldOut.size()));
    figures.insert(QStringLiteral("teaching"), int(teaching.size()));
    figures.insert(QStringLiteral("held_out"), int(heldOut.size()));
    figures.insert(QStringLiteral("accuracy_clean"), clean);
    figures.insert(QStringLiteral("accuracy_30pct_wrong_labels"), corrupted(0.3));
    figures.insert(QStringLiteral("accuracy_50pct_wrong_labels"), corrupted(0.5));
    figures.insert(QStringLiteral("top_scam_words"), QJsonArray::fromStringList(topWords));
    return figures;
}
