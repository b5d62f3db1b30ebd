"""One calm style sheet; sizes are relative (em) so the layout follows the system font."""

STYLE = """
QLabel#hint { color: palette(placeholder-text); }
QLabel#problem { color: #9c2a1f; }
QLabel#badge { color: #1d4e89; font-weight: 600; }
QLabel#reason { background: #eef3f9; border-left: 3px solid #1d4e89; }
QLabel#sureResult[warning="true"] {
    background: #fff4e5; border: 2px solid #b35900; font-weight: 600;
}
QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QListWidget#stepList::item { padding: 0.5em 0.6em; }
QListWidget#stepList::item:selected { font-weight: 600; }
QWidget#presentation { background: #fffdf8; }
"""
