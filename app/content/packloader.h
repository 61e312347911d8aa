// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/module.h"

#include <QList>
#include <QString>

class JsonText;

// A link from a page to something outside the pack (a glossary term or another module), checked
// once every pack is loaded.
struct PackReference
{
    enum class Kind { Glossary, Module };
    Kind kind;
    QString target;
    QString file;
    int line = 0;
};

// Reads one content pack folder (a real folder or a resource path) and checks everything that can
// be checked inside it. Faults go to Module::issues; the loader never throws a pack away silently.
class PackLoader
{
public:
    struct Loaded
    {
        Module module;
        QList<PackReference> references;
    };

    static Loaded load(const QString &root, Module::Origin origin);
    // Parses and checks module.json's bytes alone (no other file is looked at), filling *module and
    // appending faults to module->issues; false when the bytes are not JSON. *json keeps the text
    // for line numbers. load() starts with this; the fuzzer calls it directly.
    static bool readManifest(const QByteArray &bytes, Module *module, JsonText *json);
    static QStringList knownDemos();
    static QStringList knownLanguages();

    // Reads a UTF-8 text file; empty when it cannot be read.
    static QString readText(const QString &path);
};
