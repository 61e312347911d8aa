// SPDX-License-Identifier: GPL-3.0-or-later
// Every French entry is translated: an unfinished or empty one fails the build's tests.
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsComplete()
    {
        QFile file(QStringLiteral(MEDIATELIER_SOURCE_DIR "/translations/mediatelier_fr.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        QStringList unfinished;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || (text.trimmed().isEmpty() && type != QLatin1String("vanished")
                                                           && type != QLatin1String("obsolete")))
                    unfinished << context + QStringLiteral(": ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished:\n").arg(unfinished.size())
                                                  + unfinished.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
