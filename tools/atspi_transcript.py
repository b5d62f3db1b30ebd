"""What a screen-reader user hears: the real window over AT-SPI, driven by real keys.

Starts a private X server (Xvfb) and D-Bus session bus, seeds a throw-away data folder
with one earlier consultation of a returning patient, starts the window with Qt's
AT-SPI bridge on, then, from this second process, reads the accessibility tree the
way Orca does (every focusable node's role, name, description and states, the
headings, the labelled-by relations) and drives the common path of issue 17 (open
a returning patient, one condition, two pain areas, SCS discussed, its risks marked,
the summary exported) with key events synthesised by ``xdotool``, printing after
each key what AT-SPI reports as focused.

It needs Debian's ``xvfb xdotool dbus at-spi2-core python3-pyatspi`` and runs with
the system's Python (pyatspi is not on PyPI), the window from the project's
``.venv``::

    /usr/bin/python3 tools/atspi_transcript.py [--lang es] [--out transcript.txt]

Exit status 0 when the path was completed (the summary PDF is written) and no
focusable node is unnamed; the problems found are listed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / ".venv" / "bin" / "neuromod-aid"
PATIENT = "Ana Torres Vidal"
SEARCHED = "torr"
AREAS = {  # typed names: Lower back, Left calf (back view)
    "en": ("lo", "left c"),
    "es": ("parte b", "pantorrilla i"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "es"))
    parser.add_argument("--out", type=Path, help="also write the transcript here")
    parser.add_argument("--orca", type=Path, help="also run Orca, its debug log (speech) here")
    parser.add_argument(
        "--screens", action="store_true", help="instead: Tab round the other screens"
    )
    parser.add_argument("--no-tree", action="store_true", help="the keys only, no tree read")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inner:  # a D-Bus session of our own, ended with us
        command = ["dbus-run-session", "--", sys.executable, __file__, "--inner"]
        command += ["--lang", args.lang] + (["--out", str(args.out)] if args.out else [])
        command += ["--orca", str(args.orca)] if args.orca else []
        command += ["--no-tree"] if args.no_tree else []
        command += ["--screens"] if args.screens else []
        return subprocess.call(command)
    with tempfile.TemporaryDirectory(prefix="atspi-") as folder:
        data = Path(folder)
        _seed(data, args.lang)
        with _xvfb(), _orca(args.orca), _window(data) as window_pid:
            run = Run(window_pid, tree=not args.no_tree, pace=2.0 if args.orca else 0.6)
            if args.screens:
                problems = run.screens()
            else:
                problems = run.walk_tree("start screen") + run.common_path(args.lang)
                exported = list((data).rglob("*.pdf"))
                if not exported:
                    problems.append("no summary PDF was written")
                run.say(f"summary exported: {[p.name for p in exported]}")
            run.say("problems:" if problems else "problems: none")
            for problem in problems:
                run.say(f"  - {problem}")
        if args.out:
            args.out.write_text("\n".join(run.lines) + "\n", encoding="utf-8")
    return 1 if problems else 0


def _seed(data: Path, lang: str) -> None:
    """One earlier consultation of the returning patient, nothing to carry over; the
    clinician's name remembered, the window's language chosen."""
    demo = data / "demo.json"
    cli = [str(APP), "--data-dir", str(data)]
    subprocess.run([*cli, "consultation", "demo", "-o", str(demo), "--lang", lang], check=True)
    record = json.loads(demo.read_text(encoding="utf-8"))
    record["patient"] = {"name": PATIENT, "record_number": "H-5150"}
    record["conditions"], record["pain_areas"], record["treatments_tried"] = [], [], []
    demo.write_text(json.dumps(record), encoding="utf-8")
    subprocess.run([*cli, "consultation", "import", str(demo)], check=True, capture_output=True)
    settings = f"[clinician]\nname=Dr. Ruiz\n\n[ui]\nlanguage={lang}\n"
    (data / "settings.ini").write_text(settings, encoding="utf-8")


@contextmanager
def _xvfb() -> Iterator[None]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        os.environ["DISPLAY"] = ":" + pipe.readline().strip()
    try:
        yield
    finally:
        server.terminate()
        server.wait()


@contextmanager
def _orca(log: Path | None) -> Iterator[None]:
    """Orca itself, speaking to speech-dispatcher; what it says is in its debug log
    (lines ``SPEECH OUTPUT: '...'``)."""
    if log is None:
        yield
        return
    env = dict(os.environ, GSETTINGS_BACKEND="memory")
    orca = subprocess.Popen(
        ["orca", "--replace", "--debug-file", str(log)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(5)
    try:
        yield
    finally:
        orca.terminate()
        orca.wait()


@contextmanager
def _window(data: Path) -> Iterator[int]:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1")
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env.pop("QT_SCALE_FACTOR", None)
    window = subprocess.Popen(
        [str(APP), "--data-dir", str(data)], env=env, stderr=subprocess.DEVNULL
    )
    try:
        yield window.pid
    finally:
        window.terminate()
        try:
            window.wait(10)
        except subprocess.TimeoutExpired:
            window.kill()
            window.wait()


class Run:
    """The window as AT-SPI shows it, and a transcript of what was heard."""

    def __init__(self, pid: int, tree: bool = True, pace: float = 0.6) -> None:
        import pyatspi

        self.tree = tree
        self.pid = pid
        self.pace = pace  # seconds after each key (Orca needs them to catch up)
        self.atspi = pyatspi
        self.lines: list[str] = []
        self.focused: list[object] = []
        self.current: object | None = None  # what last gained the focus
        self.app = self._wait_for(lambda: self._application(pid), "the window on AT-SPI")
        pyatspi.Registry.registerEventListener(self.focused.append, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._window_event, "window:activate")
        pyatspi.Registry.registerEventListener(self._announced, "object:announcement")
        window = self._wait_for(lambda: _xdotool("search", "--pid", str(pid), "--onlyvisible"))
        self.xwindow = window.split()[0]
        _xdotool("windowfocus", "--sync", self.xwindow)
        time.sleep(1)

    def say(self, line: str) -> None:
        print(line, flush=True)
        self.lines.append(line)

    def _application(self, pid: int) -> object | None:
        desktop = self.atspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid and app.childCount:
                return app
        return None

    def _wait_for(self, found: Callable[[], object | None], what: str = "it") -> object:
        for _ in range(150):
            thing = found()
            if thing:
                return thing
            time.sleep(0.2)
        raise SystemExit(f"never found {what}")

    def _pump(self, seconds: float = 0.5) -> None:
        from gi.repository import GLib

        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.02)

    def _announced(self, event: object) -> None:
        self.say(f"      [announced: {event.any_data}]")  # type: ignore[attr-defined]

    def _window_event(self, event: object) -> None:
        self.say(f"      [window activated: {self.heard(event.source)}]")  # type: ignore[attr-defined]

    # what is heard

    def heard(self, node: object) -> str:
        """Name, role, the states a screen reader says, and the description."""
        try:
            name = node.name  # type: ignore[attr-defined]
            role = node.getRoleName()  # type: ignore[attr-defined]
            states = node.getState()  # type: ignore[attr-defined]
            description = node.description  # type: ignore[attr-defined]
        except Exception as error:  # a node that went away while we asked
            return f"<gone: {type(error).__name__}>"
        said = [f'"{name}"' if name else "<no name>", role]
        for state, word in _spoken_states(self.atspi):
            if states.contains(state):
                said.append(word)
        if states.contains(self.atspi.STATE_CHECKABLE) and not states.contains(
            self.atspi.STATE_CHECKED
        ):
            said.append("not checked")
        labels = self._labelled_by(node)
        if labels:
            said.append(f"labelled by {labels}")
        if description:
            said.append(f"— {description}")
        return " ".join(said)

    def _labelled_by(self, node: object) -> list[str]:
        try:
            relations = node.getRelationSet()  # type: ignore[attr-defined]
        except Exception:
            return []
        names = []
        for relation in relations:
            if relation.getRelationType() == self.atspi.RELATION_LABELLED_BY:
                names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
        return names

    # the tree

    def walk_tree(self, where: str) -> list[str]:
        """Every focusable or heading node shown, as heard; the unnamed ones reported."""
        problems: list[str] = []
        if not self.tree:
            return problems
        self.say(f"== tree: {where}")
        for node, depth in self._nodes(self.app, 0):
            states = node.getState()  # type: ignore[attr-defined]
            role = node.getRole()  # type: ignore[attr-defined]
            focusable = states.contains(self.atspi.STATE_FOCUSABLE)
            heading = role == self.atspi.ROLE_HEADING
            if not (focusable or heading) or not states.contains(self.atspi.STATE_SHOWING):
                continue
            self.say("  " * depth + self.heard(node))
            if focusable and not node.name and role not in _containers(self.atspi):  # type: ignore[attr-defined]
                problems.append(f"{where}: unnamed focusable {node.getRoleName()}")  # type: ignore[attr-defined]
        return problems

    def _nodes(self, node: object, depth: int) -> Iterator[tuple[object, int]]:
        try:
            children = list(node)  # type: ignore[call-overload]
        except Exception:
            return
        for child in children:
            try:
                shown = child.getState().contains(self.atspi.STATE_SHOWING)  # type: ignore[attr-defined]
            except Exception:  # gone while we asked
                shown = False
            if not shown:
                continue  # a hidden page, a closed drop-down: not read
            yield child, depth
            if child.getRole() != self.atspi.ROLE_COMBO_BOX:  # type: ignore[attr-defined]
                yield from self._nodes(child, depth + 1)

    # the keys

    def key(self, keys: str, note: str = "") -> str:
        """Press ``keys`` (xdotool's names), then say what now has the focus."""
        self.focused.clear()
        _xdotool("key", "--clearmodifiers", keys)
        return self._after(keys, note)

    def type(self, text: str) -> str:
        self.focused.clear()
        _xdotool("type", "--delay", "80", text)
        return self._after(f"type {text!r}", "")

    def _after(self, what: str, note: str) -> str:
        self._pump(self.pace)
        focus = self.focused_now()
        heard = self.heard(focus) if focus is not None else "<nothing focused>"
        self.say(f"{what:<14} -> {heard}" + (f"   ({note})" if note else ""))
        return heard

    def focused_now(self) -> object | None:
        gained = [
            event.source  # type: ignore[attr-defined]
            for event in self.focused
            if event.detail1  # type: ignore[attr-defined]
        ]
        if gained:
            self.current = gained[-1]
        elif self.current is None or "<gone" in self.heard(self.current):
            self.current = self._find_focused()
        return self.current

    def _find_focused(self) -> object | None:
        for node, _ in self._nodes(self.app, 0):
            if node.getState().contains(self.atspi.STATE_FOCUSED):  # type: ignore[attr-defined]
                return node
        return None

    def refocus(self, note: str) -> list[str]:
        """No window manager here gives the main window the keyboard back when a
        dialog closes: done as one would, then what has the focus is read. A window
        still open besides the main one is reported."""
        time.sleep(1)
        shown = _xdotool("search", "--pid", str(self.pid), "--onlyvisible").split()
        _xdotool("windowfocus", "--sync", self.xwindow)
        self.current = None
        self._after("(window refocused)", note)
        return [f"{note}: a window is still open"] if len(shown) > 1 else []

    def tab_to(self, wanted: str, limit: int = 40) -> list[str]:
        for _ in range(limit):
            if wanted in self.key("Tab"):
                return []
        return [f"Tab never reached {wanted!r}"]

    def common_path(self, lang: str) -> list[str]:
        words = _WORDS[lang]
        problems: list[str] = []
        self.say("== the common path, by keyboard")
        self.say(f"start        -> {self.heard(self.focused_now())}")
        self.type(SEARCHED)
        self.key("Return", "opens the patient's record")
        self.key(words["new"], "start a new consultation")
        time.sleep(1)
        self.key("alt+2", "Pain step")
        self.key("space", "the first condition")
        self.key(words["map"], "the body map")
        for typed in AREAS[lang]:
            self.type(typed)
            self.key("space")
        self.key("alt+3", "Options step")
        problems += self.tab_to(words["scs"])
        self.key("space")
        self.key("alt+4", "Risks step")
        problems += self.tab_to(words["mark_all"])
        self.key("space")
        self.key("alt+6", "Summary step")
        time.sleep(2)
        self.walk_tree("summary step")
        if self.key(words["export"], "Export PDF…").startswith(f'"{words["yes"]}"'):
            self.key("Escape", "no clinic details now")
        time.sleep(2)
        self.walk_tree("save dialog")
        self.key("Return", "Save in the file dialog")
        time.sleep(3)
        problems += self.refocus("where the focus is after the dialog")
        self.key("Tab")
        return problems

    def tab_round(self, where: str, limit: int = 60) -> list[str]:
        """Tab until the focus comes back where it started: every stop heard, the
        unnamed ones and a round that never closes (a trap, or more than ``limit``)
        reported."""
        self.say(f"-- Tab round: {where}")
        first = self.heard(self.focused_now()) if self.focused_now() is not None else ""
        problems = []
        for count in range(1, limit + 1):
            heard = self.key("Tab")
            if heard.startswith("<no name>"):
                problems.append(f"{where}: an unnamed stop ({heard})")
            if heard.split(" — ")[0].replace(" focused", "") == first.split(" — ")[0].replace(
                " focused", ""
            ):
                self.say(f"   round closed after {count} stops")
                return problems
        return [*problems, f"{where}: Tab did not come round in {limit} presses"]

    def screens(self) -> list[str]:
        """The screens besides the walkthrough, each by its shortcut, each Tab round,
        each dialog closed with Escape."""
        problems: list[str] = []
        self.say("== the other screens, by keyboard")
        self.say(f"start        -> {self.heard(self.focused_now())}")
        self.key("ctrl+shift+p", "the procedures list")
        problems += self.tab_round("procedures list")
        self.key("alt+o", "open the procedure: its checklist and calls")
        problems += self.tab_round("procedure (checklist, calls)", limit=80)
        self.key("alt+Home", "the start screen")
        for keys, where in (
            ("ctrl+shift+l", "staff list"),
            ("ctrl+shift+k", "clinic content editor"),
            ("F1", "user guide"),
            ("ctrl+shift+d", "clinic details"),
        ):
            self.key(keys, where)
            problems += self.tab_round(where)
            self.key("Escape", f"closes the {where}")
            problems += self.refocus(f"after the {where}")
        self.say("-- Help, then About, from the keyboard")
        problems += self.tab_to("Help")
        self.key("space", "opens the Help menu")
        self.key("Up", "the menu's last item")
        self.key("Return", "About neuromod-aid")
        problems += self.tab_round("About")
        self.key("Escape", "closes About")
        problems += self.refocus("after About")
        return problems


def _spoken_states(atspi: object) -> list[tuple[object, str]]:
    return [
        (atspi.STATE_CHECKED, "checked"),  # type: ignore[attr-defined]
        (atspi.STATE_PRESSED, "pressed"),  # type: ignore[attr-defined]
        (atspi.STATE_EXPANDED, "expanded"),  # type: ignore[attr-defined]
        (atspi.STATE_COLLAPSED, "collapsed"),  # type: ignore[attr-defined]
        (atspi.STATE_SELECTED, "selected"),  # type: ignore[attr-defined]
        (atspi.STATE_REQUIRED, "required"),  # type: ignore[attr-defined]
        (atspi.STATE_INVALID_ENTRY, "invalid"),  # type: ignore[attr-defined]
        (atspi.STATE_READ_ONLY, "read only"),  # type: ignore[attr-defined]
        (atspi.STATE_FOCUSED, "focused"),  # type: ignore[attr-defined]
    ]


def _containers(atspi: object) -> set[object]:
    return {atspi.ROLE_FRAME, atspi.ROLE_DIALOG, atspi.ROLE_WINDOW}  # type: ignore[attr-defined]


_WORDS = {
    "en": {
        "new": "alt+n",
        "map": "alt+h",
        "scs": "Discussed: Spinal cord",
        "mark_all": "Mark all",
        "export": "alt+e",
        "yes": "Yes",
    },
    "es": {
        "new": "alt+n",
        "map": "alt+d",
        "scs": "Hablado: Estimulación de la médula",
        "mark_all": "Marcar todos",
        "export": "alt+e",
        "yes": "Sí",
    },
}


def _xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, check=False)
    return done.stdout.strip()


if __name__ == "__main__":
    if shutil.which("xdotool") is None or shutil.which("Xvfb") is None:
        raise SystemExit("needs Debian's xvfb and xdotool")
    sys.exit(main())
