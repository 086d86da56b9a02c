"""The app in German and Spanish: every shipped catalog is complete, the command line speaks
the language asked for, numbers use its decimal separator, and a walk of the whole window
(every tab, Inspect view and explanation, tour step, Lab page, menu) meets no English text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from model import i18n
from tests.gui_support import wait_until
from tests.i18n_check import english_words, untranslated

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    """Switch ``model.i18n`` to a language for one test; English again afterwards."""
    yield i18n.set_language
    i18n.set_language("en")


# --------------------------------------------------------------------------- the core


def test_locale_names_pick_a_shipped_language_and_english_otherwise():
    assert i18n.normalise("de_DE.UTF-8") == "de"
    assert i18n.normalise("es-ES") == "es"
    assert i18n.normalise("fr_FR") == "en" and i18n.normalise("C") == "en"
    assert i18n.normalise(None) == "en"


def test_numbers_use_the_languages_decimal_and_thousands_separators(speak):
    assert (i18n.number(0.953, 2), i18n.percent(0.953), i18n.integer(60000)) == (
        "0.95",
        "95.3%",
        "60,000",
    )
    speak("de")
    assert (i18n.number(0.953, 2), i18n.percent(0.953), i18n.integer(60000)) == (
        "0,95",
        "95,3\u00a0%",
        "60.000",
    )


@pytest.mark.parametrize("lang", SHIPPED)
def test_a_weight_shown_with_a_decimal_comma_reads_back(lang, speak):
    """The kernel playground's cells show weights as the language writes them (0,123) and
    read back what they show."""
    from gui.common.maps.colors import fmt
    from model.lab.kernels import parse_weight

    speak(lang)
    for weight in (0.123, -1.5, 12.25, 0.0):
        shown = fmt(weight)
        assert "." not in shown and parse_weight(shown) == float(shown.replace(",", "."))
        assert parse_weight(shown) == pytest.approx(weight, rel=0.05)
    assert parse_weight("0.5") == 0.5 and parse_weight("1/9") == pytest.approx(1 / 9)


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_marked_string_has_a_translation(lang, tmp_path):
    """lupdate run now over the code finds no string the shipped catalogs lack (a string
    marked since the catalogs were last updated fails here), and each has its .qm."""
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    sys.path.insert(0, str(ROOT / "resources" / "i18n"))
    try:
        import build
    finally:
        sys.path.pop(0)
    for area in build.AREAS:
        shipped = ROOT / "resources" / "i18n" / f"{area}_{lang}.ts"
        assert shipped.with_suffix(".qm").is_file(), f"{shipped.name} is not compiled"
        fresh = tmp_path / shipped.name
        shutil.copy(shipped, fresh)
        subprocess.run(
            ["pyside6-lupdate", "-no-obsolete", "-locations", "none"]
            + build.sources(area)
            + ["-ts", str(fresh)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        catalog = i18n.read_catalog(fresh)
        marked = _sources(fresh)
        missing = sorted(marked - set(catalog))
        assert not missing, f"{shipped.name} lacks {len(missing)}: {missing[:15]}"
        wrong = [s for key, s in catalog.items() if english_words(s, lang)]
        assert not wrong, f"{shipped.name}: translations still in English: {wrong[:10]}"


def _sources(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_command_line_speaks_the_language_asked_for(lang, tmp_path):
    missing = tmp_path / "nothing.png"
    runs = [
        [sys.executable, "main.py", "--lang", lang, "classify", str(missing)],
        [sys.executable, "main.py", "classify", str(missing), "--lang", lang],
    ]
    for argv in runs:
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode != 0
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and not english_words(lines[0], lang), lines
    helped = subprocess.run(
        [sys.executable, "main.py", "--lang", lang, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert helped.returncode == 0
    assert not [
        line for line in helped.stdout.splitlines() if len(english_words(line, lang)) > 1
    ], helped.stdout


# --------------------------------------------------------------------------- the window


@pytest.fixture(scope="module", params=SHIPPED)
def window(request, qapp, trained):
    from gui.app.startup import create_application
    from tests.gui_support import draw_digit, open_window

    lang = request.param
    create_application(language=lang)
    win = open_window(trained[0], (1366, 768))
    draw_digit(win.draw_tab.canvas, 2)
    wait_until(win.draw_tab.is_up_to_date)
    yield lang, win
    win.close()
    create_application(language="en")


def _check(lang: str, root, where: str, problems: list[str]) -> None:
    for _ in range(20):
        QApplication.processEvents()
    problems.extend(f"{where}: {p}" for p in untranslated(root, lang))


def test_draw_and_train_tabs_and_the_menus(window):
    lang, win = window
    problems: list[str] = []
    win.select_tab("draw")
    _check(lang, win, "draw", problems)
    win.select_tab("train")
    views = win.pages["train"].views
    for i in range(views.count()):
        views.setCurrentIndex(i)
        _check(lang, win, f"train › {views.tabText(i)}", problems)
    views.setCurrentIndex(0)
    assert not problems, "\n".join(problems)


def test_inspect_layers_explanations_and_tour(window):
    lang, win = window
    problems: list[str] = []
    win.select_tab("inspect")
    inspect = win.pages["inspect"]
    ins = inspect.inspector
    wait_until(lambda: bool(ins.layers) and ins.prediction is not None)
    for layer in ins.layer_names():
        ins.select_layer(layer)
        for i in range(ins.pages.count()):
            ins.pages.setCurrentIndex(i)
            _check(lang, win, f"inspect › {layer} › {ins.pages.tabText(i)}", problems)
    for i in range(len(inspect.tour.steps)):
        inspect.tour.go(i)
        _check(lang, win, f"tour step {i + 1}", problems)
    inspect.tour.go(-1)
    assert not problems, "\n".join(problems)


def _views() -> list[str]:
    from gui.inspect.views import VIEWS

    return [v[0] for v in VIEWS[1:]]


def _lab_pages() -> list[str]:
    from gui.lab.tab import LAB_PAGES

    return [p[0] for p in LAB_PAGES]


@pytest.mark.parametrize("view", _views())
def test_inspect_comparison_view(window, view):
    lang, win = window
    problems: list[str] = []
    win.select_tab("inspect")
    views = win.pages["inspect"].views
    page = views.view(view)
    if view == "knows":
        page.sample = (300, 200)
    views.show_view(view)
    wait_until(page.is_settled, 120)
    _check(lang, win, f"inspect › {view}", problems)
    views.show_view("layers")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", _lab_pages())
def test_lab_page(window, page):
    lang, win = window
    problems: list[str] = []
    win.select_tab("lab")
    shown = win.pages["lab"].show_page(page)
    wait_until(shown.is_settled, 60)
    _check(lang, win, f"lab › {page}", problems)
    assert not problems, "\n".join(problems)


def test_the_walk_finds_an_english_label(window):
    """The check itself: an untranslated label is reported."""
    from PySide6.QtWidgets import QLabel

    lang, win = window
    stray = QLabel("Draw a digit and see what the network reads", win.draw_tab)
    try:
        found = [p for p in untranslated(win, lang) if "Draw a digit and see" in p]
        assert found and "network" in found[0]
    finally:
        stray.deleteLater()


def test_the_dialogs(window):
    """The About box and the export dialog, with each kind of export chosen."""
    from PySide6.QtWidgets import QMessageBox

    from gui.app.menus import show_about
    from gui.common.export_dialog import CHOICES, ExportDialog

    lang, win = window
    problems: list[str] = []
    show_about(win)
    for box in win.findChildren(QMessageBox):
        _check(lang, box, "about", problems)
        box.close()
        box.deleteLater()
    dialog = ExportDialog(win.session, win)
    dialog.show()
    try:
        for choice in CHOICES:
            dialog.select(choice.key)
            _check(lang, dialog, f"export › {choice.key}", problems)
    finally:
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)
