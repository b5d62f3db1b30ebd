<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Qt's own strings that Qt's Spanish catalogue (qtbase_es.qm) lacks, so that Qt's file
  dialog is all in Spanish. Kept by hand (lupdate has no sources to scan for them);
  ui/i18n.py loads it after qtbase_es. The source texts are exactly the ones Qt asks
  for: qtbase_es only has "Look in:" and "Files of type:", without the accelerators
  the dialog's labels carry, and no QAbstractFileIconProvider context at all.
-->
<TS version="2.1" language="es_ES">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Acceso directo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
</TS>
