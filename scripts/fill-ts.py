#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a Qt Linguist .ts file from JSON dictionaries {source: translation}.

A translation is a string, or a list of plural forms for a numerus message (Arabic has 6, in Qt's
order: 0, 1, 2, 3-10, 11-99, 100-102...). A key "Context|source" overrides "source" in that context
only. Messages already translated are kept; vanished and obsolete ones are left alone.

  # top up after lupdate: fill what is unfinished, list what is still missing
  scripts/fill-ts.py translations/mediatelier_ar.ts /tmp/ar/batch-*.json
  # create a new language from another one's messages (their translations are dropped)
  scripts/fill-ts.py --from translations/mediatelier_fr.ts --lang ar translations/mediatelier_ar.ts DICT.json...

Messages still missing are printed as JSON lines (context, source, the template's translation) and the
exit code is 1; 0 when every message is translated.
"""
import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"ar": 6, "fr": 2, "en": 2, "nl": 2, "de": 2, "es": 2}


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


PLACEHOLDER = re.compile(r"%L?\d+|%L?n|<[^>]+>")


def check(source, value, numerus):
    """Returns what differs between the source's placeholders and HTML tags and the translation's."""
    wanted = sorted(PLACEHOLDER.findall(source))
    problems = []
    for text in (value if numerus else [value]):
        found = sorted(PLACEHOLDER.findall(text))
        if numerus:  # a plural form may spell the number out ("one page"): %n is optional there
            wanted_here = [p for p in wanted if not p.endswith("n")]
            found = [p for p in found if not p.endswith("n")]
        else:
            wanted_here = wanted
        if found != wanted_here:
            problems.append(f"{text!r}: {found} instead of {wanted_here}")
    return problems


def load_dictionaries(paths):
    table = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            try:
                entries = json.load(f)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{error.lineno}: {error.msg}")
        table.update(entries)
    return table


def is_done(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.findall("numerusform")]
        return bool(forms) and all(form.strip() for form in forms)
    return bool((translation.text or "").strip())


def write(root, language, path):
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}">']
    for context in root.findall("context"):
        out.append("<context>")
        out.append(f"    <name>{escape(context.find('name').text)}</name>")
        for message in context.findall("message"):
            numerus = message.get("numerus") == "yes"
            out.append('    <message numerus="yes">' if numerus else "    <message>")
            for location in message.findall("location"):
                attrs = " ".join(f'{k}="{escape(v)}"' for k, v in location.attrib.items())
                out.append(f"        <location {attrs}/>")
            out.append(f"        <source>{escape(message.find('source').text or '')}</source>")
            for tag in ("oldsource", "comment", "oldcomment", "extracomment", "translatorcomment"):
                element = message.find(tag)
                if element is not None:
                    out.append(f"        <{tag}>{escape(element.text or '')}</{tag}>")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            type_attr = f' type="{kind}"' if kind else ""
            if numerus:
                out.append(f"        <translation{type_attr}>")
                for form in translation.findall("numerusform"):
                    out.append(f"            <numerusform>{escape(form.text or '')}</numerusform>")
                out.append("        </translation>")
            else:
                out.append(f"        <translation{type_attr}>{escape(translation.text or '')}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from", dest="template", help="take the messages from this .ts (translations dropped)")
    parser.add_argument("--lang", help="language code of the output (default: the file's own)")
    parser.add_argument("ts", help="the .ts file to fill (created with --from)")
    parser.add_argument("dictionaries", nargs="*", help="JSON files {source: translation or [forms]}")
    args = parser.parse_args()

    root = ET.parse(args.template or args.ts).getroot()
    language = args.lang or root.get("language")
    forms_wanted = PLURAL_FORMS.get(language.split("_")[0], 2)
    table = load_dictionaries(args.dictionaries)
    missing = []
    filled = 0
    for context in root.findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if args.template:  # a new language: start from nothing
                template_text = ([f.text for f in translation.findall("numerusform")] if numerus else translation.text)
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                translation.set("type", "unfinished")
            else:
                template_text = None
                if is_done(message):
                    continue
            source = message.find("source").text or ""
            value = table.get(f"{name}|{source}", table.get(source))
            if value is None or (numerus and not isinstance(value, list)) or (not numerus and isinstance(value, list)):
                missing.append({"c": name, "s": source, "fr": template_text, **({"n": 1} if numerus else {})})
                continue
            for problem in check(source, value, numerus):
                print(f"warning: {name}: {source!r}: {problem}", file=sys.stderr)
            if numerus:
                if len(value) != forms_wanted:
                    sys.exit(f"{source!r}: {len(value)} plural forms, {language} needs {forms_wanted}")
                for form in list(translation):
                    translation.remove(form)
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    write(root, language, args.ts)
    for entry in missing:
        print(json.dumps(entry, ensure_ascii=False))
    print(f"{args.ts}: {filled} filled, {len(missing)} missing", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
