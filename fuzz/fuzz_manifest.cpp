// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a content pack's module.json, parsed and checked as PackLoader::load() does.
#include "fuzzsupport.h"

#include "content/jsontext.h"
#include "content/packloader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    Module module;
    JsonText json;
    const bool parsed = PackLoader::readManifest(bytes, &module, &json);
    if (!parsed && module.issues.size() != 1)
        FuzzSupport::violated("invalid JSON must give exactly one issue", bytes);
    const int lines = int(bytes.count('\n')) + 1;
    for (const PackIssue &issue : std::as_const(module.issues)) {
        // Every fault points into the file (0: no line) and can be shown.
        if (issue.line < 0 || issue.line > lines || issue.message.isEmpty() || issue.toString().isEmpty())
            FuzzSupport::violated("pack issue outside the file or without a message", bytes);
    }
    // What the catalogue and the reader ask of a loaded module.
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar")}) {
        const QString shown = module.languageFor(language);
        for (int i = 0; i < module.pages.size(); ++i)
            module.pageTitle(shown, i);
        localized(module.title, shown);
    }
    return 0;
}
