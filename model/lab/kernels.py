"""The kernel playground: a filter slid over a digit by hand.

Plain NumPy on one 28x28 digit, the three steps a convolutional stage takes (see
``CONCEPTS.md``): a small matrix of weights slides over the image and each position gives the
sum of the products under it (``convolve``, a cross-correlation, exactly what Keras's
``Conv2D`` computes), ReLU zeroes the negative responses (``relu``), and 2x2 max pooling keeps
the largest value of each window (``max_pool``). ``pipeline`` runs all three for the page.
Named kernels (``KERNELS``) give a student something to start from; ``parse_kernel`` reads one
typed by hand. The page's other half, switching off or rewriting the trained network's own
filters, is ``model.lab.filter_surgery``.

Nothing here imports Qt or TensorFlow.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from model.errors import ConvscopeError, SpecError
from model.i18n import QT_TRANSLATE_NOOP, translate
from model.words import with_article

INPUT_SIZE = 28
KERNEL_SIZES = (3, 5)
PADDINGS = ("valid", "same")
# Typed numbers beyond this are surely a slip (the maps would be all saturated colours).
MAX_WEIGHT = 1000.0


class PlaygroundError(ConvscopeError):
    """A layer or filter that cannot be edited; the message says why."""


def _k(rows: list[list[float]], scale: float = 1.0) -> np.ndarray:
    kernel = np.array(rows, np.float32) * np.float32(scale)
    kernel.setflags(write=False)
    return kernel


_GAUSS5 = np.outer([1, 4, 6, 4, 1], [1, 4, 6, 4, 1])

KERNELS: dict[str, np.ndarray] = {
    QT_TRANSLATE_NOOP("lab.kernels", "identity"): _k([[0, 0, 0], [0, 1, 0], [0, 0, 0]]),
    QT_TRANSLATE_NOOP("lab.kernels", "vertical edge"): _k([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
    QT_TRANSLATE_NOOP("lab.kernels", "horizontal edge"): _k([[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
    QT_TRANSLATE_NOOP("lab.kernels", "diagonal edge \u2198"): _k(
        [[0, 1, 2], [-1, 0, 1], [-2, -1, 0]]
    ),
    QT_TRANSLATE_NOOP("lab.kernels", "diagonal edge \u2197"): _k(
        [[-2, -1, 0], [-1, 0, 1], [0, 1, 2]]
    ),
    QT_TRANSLATE_NOOP("lab.kernels", "blur 3x3"): _k([[1, 1, 1], [1, 1, 1], [1, 1, 1]], 1 / 9),
    QT_TRANSLATE_NOOP("lab.kernels", "sharpen"): _k([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    QT_TRANSLATE_NOOP("lab.kernels", "outline"): _k([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
    QT_TRANSLATE_NOOP("lab.kernels", "emboss"): _k([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]]),
    QT_TRANSLATE_NOOP("lab.kernels", "vertical stroke 5x5"): _k(
        [[-1, -1, 4, -1, -1]] * 5,
        1 / 5,
    ),
    QT_TRANSLATE_NOOP("lab.kernels", "horizontal stroke 5x5"): _k(
        [[-1] * 5, [-1] * 5, [4] * 5, [-1] * 5, [-1] * 5],
        1 / 5,
    ),
    QT_TRANSLATE_NOOP("lab.kernels", "blur 5x5"): _k(np.ones((5, 5)).tolist(), 1 / 25),
    QT_TRANSLATE_NOOP("lab.kernels", "Gaussian blur 5x5"): _k(_GAUSS5.tolist(), 1 / 256),
    QT_TRANSLATE_NOOP("lab.kernels", "vertical edge 5x5"): _k([[-1, -2, 0, 2, 1]] * 5, 1 / 5),
}
"""Named kernels (read-only float32 arrays), in the order a picker lists them."""

KERNEL_NOTES: dict[str, str] = {
    "identity": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "One 1 in the middle: every value is the pixel under it, the image unchanged.",
    ),
    "vertical edge": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "Left side negative, right side positive: lights up where dark turns "
        "to ink going right (red) and ink turns to dark (blue).",
    ),
    "horizontal edge": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "Top negative, bottom positive: finds the top (red) and bottom (blue) edges of strokes.",
    ),
    "diagonal edge \u2198": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "Finds edges running from top-left to bottom-right.",
    ),
    "diagonal edge \u2197": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "Finds edges running from bottom-left to top-right.",
    ),
    "blur 3x3": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "The average of nine pixels: strokes get softer and wider.",
    ),
    "sharpen": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "The pixel counted five times minus its four neighbours: edges stand out.",
    ),
    "outline": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "The pixel against its eight neighbours: zero on flat areas, strong on outlines.",
    ),
    "emboss": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "A slanted edge finder: the digit looks lit from one corner.",
    ),
    "vertical stroke 5x5": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "A bright column between dark ones: finds upright strokes like a 1.",
    ),
    "horizontal stroke 5x5": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "A bright row between dark ones: finds flat strokes like the top of a 7.",
    ),
    "blur 5x5": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "The average of 25 pixels: a stronger blur.",
    ),
    "Gaussian blur 5x5": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "A weighted average, the middle counting most: a smooth blur.",
    ),
    "vertical edge 5x5": QT_TRANSLATE_NOOP(
        "lab.kernels",
        "A wider vertical edge finder: less sensitive to small wobbles.",
    ),
}


def kernel_note(name: str) -> str:
    """One sentence on what the named kernel looks for ('' for an unknown name), in the
    learner's language."""
    note = KERNEL_NOTES.get(name, "")
    return translate("lab.kernels", note) if note else ""


def kernel_title(name: str) -> str:
    """The named kernel's name as a picker shows it, in the learner's language (``name``
    itself, the key of ``KERNELS``, is what code compares and stores)."""
    return translate("lab.kernels", name) if name in KERNELS else name


_ROW_SPLIT = re.compile(r"[;\n]")
_NUMBER_SPLIT = re.compile(r"[,\s]+")


def _number(token: str) -> float:
    # Fractions such as 1/9 are how blur kernels are written in every textbook.
    if "/" in token:
        top, _, bottom = token.partition("/")
        value = float(top) / float(bottom)
    else:
        value = float(token)
    return value


def parse_weight(text: str) -> float:
    """One typed weight ("0.5", "-2", "1/9", or "0,5" as German and Spanish write it, and as
    the grid shows it in those languages); SpecError (one line) if it is not a usable number."""
    token = str(text).strip()
    try:
        # One weight alone: a comma in it can only be a decimal comma.
        value = _number(token.replace(",", ".") if token.count(",") == 1 else token)
    except (ValueError, ZeroDivisionError):
        raise SpecError(
            translate("lab.kernels", "{token} is not a number").format(token=repr(token))
        ) from None
    if not np.isfinite(value) or abs(value) > MAX_WEIGHT:
        raise SpecError(
            translate("lab.kernels", "{token} must be a number between -1000 and 1000").format(
                token=repr(token)
            )
        )
    return value


def parse_kernel(text: str) -> np.ndarray:
    """A kernel typed by a user: rows on lines or separated by ``;``, numbers by spaces/commas.

    ``"1 0 -1; 2 0 -2; 1 0 -1"`` and ``"0,1/9,0\\n..."`` both work. Only square 3x3 and 5x5
    kernels are accepted: the sizes the playground's grid edits and the first layers of the
    presets use; larger filters on a 28x28 digit mostly blur it away.

    Returns
    -------
    np.ndarray
        (k, k) float32.

    Raises
    ------
    SpecError
        With a one-line reason: empty text, a word that is not a number, ragged rows, a size
        other than 3x3 or 5x5, or a number that is not finite or absurdly large.
    """
    rows = [row.strip(" \t,[]") for row in _ROW_SPLIT.split(str(text))]
    rows = [row for row in rows if row]
    if not rows:
        raise SpecError(
            translate(
                "lab.kernels",
                "the kernel is empty: type rows of numbers, e.g. 1 0 -1; 2 0 -2; 1 0 -1",
            )
        )
    values: list[list[float]] = []
    for r, row in enumerate(rows, start=1):
        numbers = []
        for token in _NUMBER_SPLIT.split(row.strip(" ,")):
            if not token:
                continue
            try:
                numbers.append(parse_weight(token))
            except SpecError as exc:
                raise SpecError(
                    translate("lab.kernels", "row {row}: {problem}").format(row=r, problem=exc)
                ) from None
        values.append(numbers)
    widths = sorted({len(row) for row in values})
    if len(widths) > 1:
        raise SpecError(
            translate(
                "lab.kernels",
                "the rows have different lengths ({widths} numbers): "
                "every row needs the same count",
            ).format(widths=", ".join(map(str, widths)))
        )
    shape = (len(values), widths[0])
    if shape[0] != shape[1] or shape[0] not in KERNEL_SIZES:
        raise SpecError(
            translate("lab.kernels", "the kernel is {rows}x{cols}: it must be 3x3 or 5x5").format(
                rows=shape[0], cols=shape[1]
            )
        )
    return np.array(values, np.float32)


def format_kernel(kernel: np.ndarray, digits: int = 4) -> str:
    """A kernel as text ``parse_kernel`` reads back (rows separated by ``; ``), each weight
    rounded to ``digits`` significant digits."""
    kernel = np.asarray(kernel, np.float64)
    return "; ".join(" ".join(f"{v:.{digits}g}" for v in row) for row in kernel)


def _check_kernel(kernel: np.ndarray) -> np.ndarray:
    k = np.asarray(kernel, np.float32)
    if k.ndim != 2 or k.shape[0] != k.shape[1] or k.shape[0] % 2 == 0:
        raise SpecError(f"a kernel must be a square with an odd side, not shape {k.shape}")
    if not np.all(np.isfinite(k)):
        raise SpecError(translate("lab.kernels", "the kernel has a value that is not a number"))
    return k


def _check_image(image: np.ndarray) -> np.ndarray:
    x = np.asarray(image, np.float32)
    if x.ndim == 3 and x.shape[-1] == 1:
        x = x[..., 0]
    if x.ndim != 2:
        raise SpecError(f"expected one 2-D image, not shape {np.asarray(image).shape}")
    return x


def convolve(
    image: np.ndarray, kernel: np.ndarray, padding: str = "valid", bias: float = 0.0
) -> np.ndarray:
    """Slide ``kernel`` over ``image``: each output value is the sum of the products under it.

    Like Keras's ``Conv2D`` (and every deep-learning library) this is a cross-correlation: the
    kernel is *not* flipped, so the weight at the kernel's top left multiplies the pixel at
    the window's top left.

    Parameters
    ----------
    image
        (H, W) or (H, W, 1) floats, e.g. the 28x28 network input in 0..1.
    kernel
        (k, k) weights, k odd.
    padding
        ``"valid"``: the window stays inside the image, so the map shrinks by k - 1 (28 -> 26
        for 3x3); ``"same"``: the image is padded with zeros so the map keeps its size.
    bias
        Added to every value, as a layer's bias would be.

    Returns
    -------
    np.ndarray
        The feature map, float32, signed.
    """
    x = _check_image(image)
    k = _check_kernel(kernel)
    if padding not in PADDINGS:
        raise SpecError(f"padding must be 'valid' or 'same', not {padding!r}")
    side = k.shape[0]
    if padding == "same":
        half = side // 2
        x = np.pad(x, half)
    if x.shape[0] < side or x.shape[1] < side:
        raise SpecError(
            f"{with_article(side)}x{side} kernel does not fit in "
            f"{with_article(x.shape[0])}x{x.shape[1]} image"
        )
    h, w = x.shape[0] - side + 1, x.shape[1] - side + 1
    # One shifted copy of the image per weight, scaled and added: k*k small array operations
    # (tens of microseconds for a 28x28 digit), the products summed in the same order for
    # every position.
    out = np.full((h, w), np.float32(bias), np.float32)
    for r in range(side):
        for c in range(side):
            if k[r, c] != 0:
                out += k[r, c] * x[r : r + h, c : c + w]
    return out


def relu(x: np.ndarray) -> np.ndarray:
    """Every negative value becomes zero; positive values stay."""
    return np.maximum(np.asarray(x, np.float32), np.float32(0))


def max_pool(x: np.ndarray, size: int = 2) -> np.ndarray:
    """The largest value of each ``size`` x ``size`` window, windows side by side.

    As Keras's ``MaxPooling2D`` with its default ``"valid"`` padding: a last row or column
    that does not fill a window is dropped (a 25x25 map pools to 12x12).
    """
    a = np.asarray(x, np.float32)
    if a.ndim != 2:
        raise SpecError(f"max_pool expects one 2-D map, not shape {a.shape}")
    if size < 1:
        raise SpecError("the pooling window must be at least 1 pixel")
    h, w = a.shape[0] // size, a.shape[1] // size
    if h == 0 or w == 0:
        raise SpecError(
            f"{with_article(a.shape[0])}x{a.shape[1]} map is smaller than "
            f"{with_article(size)}x{size} window"
        )
    return a[: h * size, : w * size].reshape(h, size, w, size).max(axis=(1, 3))


def pool_winner(x: np.ndarray, row: int, col: int, size: int = 2) -> tuple[int, int]:
    """Where in ``x`` the winner of pooled value (row, col) sits (first of equal maxima)."""
    window = np.asarray(x)[row * size : (row + 1) * size, col * size : (col + 1) * size]
    r, c = np.unravel_index(int(np.argmax(window)), window.shape)
    return row * size + int(r), col * size + int(c)


def window_products(
    image: np.ndarray, kernel: np.ndarray, row: int, col: int, padding: str = "valid"
) -> dict[str, Any]:
    """What one value of ``convolve``'s map is made of: the window, the products, their sum.

    Returns a dict with ``top``, ``left`` (the window's first pixel in the image; negative
    inside the zero padding), ``patch``, ``products`` (both (k, k)) and ``value``.
    """
    x = _check_image(image)
    k = _check_kernel(kernel)
    side = k.shape[0]
    half = side // 2 if padding == "same" else 0
    padded = np.pad(x, half) if half else x
    patch = padded[row : row + side, col : col + side]
    if patch.shape != k.shape:
        raise SpecError(f"position ({row}, {col}) is outside the feature map")
    products = patch * k
    return {
        "top": row - half,
        "left": col - half,
        "patch": patch.astype(np.float32),
        "products": products.astype(np.float32),
        "value": float(products.sum()),
    }


def pipeline(image: np.ndarray, kernel: np.ndarray, padding: str = "valid") -> dict[str, Any]:
    """Convolution, ReLU and 2x2 max pooling of one digit with one kernel, every stage kept.

    Returns
    -------
    dict
        ``input`` (H, W), ``kernel``, ``padding``, ``convolved`` (signed), ``relu``,
        ``pooled``; ``peak`` is the largest absolute value of the convolved map (1.0 if it is
        all zeros), so the page colours the three maps on one scale; ``negative_share`` is
        the fraction of convolved values ReLU set to zero.
    """
    x = _check_image(image)
    k = _check_kernel(kernel)
    convolved = convolve(x, k, padding)
    rectified = relu(convolved)
    pooled = max_pool(rectified, 2)
    peak = float(np.abs(convolved).max()) if convolved.size else 0.0
    return {
        "input": x,
        "kernel": k,
        "padding": padding,
        "convolved": convolved,
        "relu": rectified,
        "pooled": pooled,
        "peak": peak if peak > 0 else 1.0,
        "negative_share": float((convolved < 0).mean()) if convolved.size else 0.0,
    }
