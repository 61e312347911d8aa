// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a Moodle GIFT file as `quiz import-gift` reads it; what was imported is written back
// as GIFT (`quiz export-gift`) and must read back without a syntax error, question for question.
#include "fuzzsupport.h"

#include "quiz/giftformat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    const QString language = QStringLiteral("fr");
    const GiftFormat::ParseResult parsed = GiftFormat::parse(QString::fromUtf8(bytes), language, QStringLiteral("gift"));
    if (!parsed.ok()) {
        if (parsed.error.isEmpty() || !parsed.questions.isEmpty())
            FuzzSupport::violated("a syntax error without a message, or with questions kept", bytes);
        return 0;
    }
    const int lines = int(bytes.count('\n')) + 1;
    for (const GiftFormat::Skipped &skipped : parsed.skipped)
        if (skipped.line < 1 || skipped.line > lines || skipped.reason.isEmpty())
            FuzzSupport::violated("a skipped question outside the file or without a reason", bytes);

    int skipped = 0;
    const QString gift = GiftFormat::write(parsed.questions, language, &skipped);
    const GiftFormat::ParseResult back = GiftFormat::parse(gift, language, QStringLiteral("back"));
    if (!back.ok())
        FuzzSupport::violated("imported questions written as GIFT do not read back",
                              QStringLiteral("line %1: %2\n%3").arg(back.errorLine).arg(back.error, gift).toUtf8());
    if (back.questions.size() + back.skipped.size() != parsed.questions.size() - skipped)
        FuzzSupport::violated("imported questions written as GIFT come back fewer or more",
                              (gift + QStringLiteral("\n--- from ---\n")).toUtf8() + bytes);
    return 0;
}
