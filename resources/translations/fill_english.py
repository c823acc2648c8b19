#!/usr/bin/env python3
"""Completes cutru_en.ts after lupdate: the source strings are English, so each
unfinished entry takes its source text; plural entries ("member(s)") get the
forms "member" / "members". Check the result in Qt Linguist if a plural reads oddly.

    cmake --build build --target update_translations
    python3 resources/translations/fill_english.py
"""
import pathlib
import re
import xml.etree.ElementTree as ET

path = pathlib.Path(__file__).with_name("cutru_en.ts")
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text or ""
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in (re.sub(r"\((\w*)\)", "", source), re.sub(r"\((\w*)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
    del translation.attrib["type"]
    filled += 1
ET.indent(tree.getroot(), space="    ")
path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
print(f"{filled} English entries completed; run update_translations again to restore lupdate's layout.")
