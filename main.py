"""Convscope: see how a convolutional network reads your handwriting.

``python main.py`` opens the app; the subcommands do everything that needs no screen. Nothing
heavy is imported at the top: ``--help`` is instant, and TensorFlow loads only for commands that
train (``classify``, ``info``, ``explain``, ``evaluate`` and ``robustness`` run the network in
NumPy, ``model.network.network``).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import time
import warnings
from pathlib import Path

# Before NumPy loads: see model/__init__.py for why NumPy's BLAS runs single-threaded.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent
if __package__ and str(ROOT) not in sys.path:
    # Installed, this file is ``convscope.main`` (see pyproject.toml): its sibling packages
    # import each other as ``model.*`` and ``gui.*``, found here, inside the convscope folder.
    sys.path.insert(0, str(ROOT))
DEFAULT_MODEL = ROOT / "resources" / "models" / "default.keras"
MLP_MODEL = ROOT / "resources" / "models" / "mlp.keras"


class CliError(Exception):
    """A failure explained in one line; exit code 2."""


# --------------------------------------------------------------------------- helpers


def _model_path(arg: str | None) -> Path:
    path = Path(arg) if arg else DEFAULT_MODEL
    if not arg and not path.exists():
        raise CliError(
            f"no model at {path}; train one with: "
            f"python main.py train --preset default --out {path}"
        )
    return path


def _load_predictor(path: Path):
    from model.network.predictor import Predictor
    from model.storage import load_model

    loaded = load_model(path)
    return loaded, Predictor(loaded.model)


def _open_extra_data(folder: str):
    """The handwriting dataset for ``train --extra-data``, read-only; it must have samples."""
    from model.lab.handwriting import PersonalDataset

    dataset = PersonalDataset.open(folder, create=False)
    for warning in dataset.warnings:
        print(f"warning: {folder}: {warning}", file=sys.stderr)
    if not dataset.counts("train").any():
        raise CliError(f"--extra-data {folder}: no samples to train on")
    return dataset


def _format_seconds(s: float | None) -> str:
    if s is None:
        return "--:--"
    s = int(round(s))
    return f"{s // 60:02d}:{s % 60:02d}" if s < 3600 else f"{s // 3600}h{(s % 3600) // 60:02d}m"


class _ProgressBar:
    """One line redrawn in place on a terminal; a line per epoch elsewhere (CI logs, pipes)."""

    def __init__(self, stream=sys.stdout) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._last = 0.0

    def batch(self, info: dict) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and info["batch"] + 1 < info["batches"]:
            return
        self._last = now
        frac = (info["batch"] + 1) / info["batches"]
        bar = "#" * int(frac * 24)
        self.stream.write(
            f"\repoch {info['epoch'] + 1}/{info['epochs']} [{bar:<24}] "
            # The epoch's running means, as Keras's own progress bar shows: steadier to read
            # than one batch's values.
            f"loss {info['epoch_loss']:.4f} acc {info['epoch_accuracy']:.4f} "
            f"{info['samples_per_second']:,.0f}/s ETA {_format_seconds(info['eta_s'])}  "
        )
        self.stream.flush()

    def epoch(self, info: dict) -> None:
        parts = [
            f"epoch {info['epoch'] + 1}/{info['epochs']}",
            f"loss {info.get('loss', float('nan')):.4f}",
            f"accuracy {info.get('accuracy', float('nan')):.4f}",
        ]
        if "val_loss" in info:
            parts += [
                f"val_loss {info['val_loss']:.4f}",
                f"val_accuracy {info['val_accuracy']:.4f}",
            ]
        self.stream.write(("\r" if self.tty else "") + "  ".join(parts) + " " * 10 + "\n")
        self.stream.flush()


# --------------------------------------------------------------------------- commands


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from gui.app.startup import run
    except ImportError as exc:
        raise CliError(f"the desktop app cannot start: {exc}") from None
    return run(model_path=args.model, debug=args.debug)


def cmd_screenshot(args: argparse.Namespace) -> int:
    try:
        from gui.app.screenshot import run
    except ImportError as exc:
        raise CliError(f"the desktop app cannot start: {exc}") from None
    return run(
        out=args.out,
        tab=args.tab,
        image=args.image,
        size=args.size,
        model_path=getattr(args, "model", None),
    )


def cmd_train(args: argparse.Namespace) -> int:
    from model.architectures import describe, preset, summarize
    from model.backend import prefer_training_kernels
    from model.data.mnist import load_mnist
    from model.training.trainer import TrainConfig, Trainer, TrainingEvents
    from model.words import count

    prefer_training_kernels()

    out = Path(args.out)
    if out.suffix != ".keras":
        raise CliError(f"--out must name a .keras file, not {out}")
    if not out.parent.is_dir():
        raise CliError(f"--out: folder {out.parent} does not exist")
    from model.storage import check_writable

    check_writable(out)  # a read-only folder or too long a name: say so before training, not after
    if args.spec:
        try:
            spec = json.loads(Path(args.spec).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CliError(f"--spec {args.spec}: cannot read it as JSON ({exc})") from None
        if isinstance(spec, dict):
            spec = spec.get("layers", spec)
        defaults: dict = {}
        name = Path(args.spec).stem
    else:
        chosen = preset(args.preset)
        spec, defaults, name = chosen.spec, dict(chosen.training), chosen.name
    summary = summarize(spec)
    given = {
        "epochs": args.epochs,
        "batch_size": args.batch_size,
        "learning_rate": args.learning_rate,
        "optimizer": args.optimizer,
        "schedule": args.schedule,
        "label_smoothing": args.label_smoothing,
        "limit": args.limit,
        "seed": args.seed,
        "validation_split": args.validation_split,
        "augment": True if args.augment else None,
        "strategy": args.strategy,
    }
    chosen_settings = {k: v for k, v in given.items() if v is not None}
    config = TrainConfig.from_dict({**defaults, **chosen_settings})
    personal = _open_extra_data(args.extra_data) if args.extra_data else None
    data = load_mnist(args.data)
    extra = None
    if personal is not None:
        from model.lab.handwriting import mix_into_mnist

        data, extra = mix_into_mnist(data, personal, args.extra_share, config.seed)
    bar = _ProgressBar()
    events = TrainingEvents(batch_ended=bar.batch, epoch_ended=bar.epoch)
    command = "python main.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    metadata = {"name": out.stem, "preset": None if args.spec else name, "command": command}
    if extra is not None:
        metadata["extra_data"] = extra
        print(
            f"your handwriting: {count(extra['train'], 'sample')} from {extra['folder']}, "
            "mixed in as "
            f"{extra['copies']:,} varied copies ({extra['share'] * 100:.1f}% of the digits)"
        )
    ckpt_dir = Path(args.checkpoint_dir) if args.checkpoint_dir else None
    if ckpt_dir:
        ckpt_dir.mkdir(parents=True, exist_ok=True)
    if args.resume:
        trainer = Trainer.from_checkpoint(
            args.resume,
            data,
            events,
            ckpt_dir,
            epochs=args.epochs,
            log_dir=args.tensorboard,
            strategy=args.strategy,
        )
        spec, config = trainer.spec, trainer.config
        summary = summarize(spec)
    else:
        trainer = Trainer(spec, config, data, events, ckpt_dir, metadata, log_dir=args.tensorboard)
    print(describe(summary))
    print(
        f"training {name}: {count(config.epochs, 'epoch')}, batch {config.batch_size}, "
        f"{config.optimizer} lr {config.learning_rate:g} ({config.schedule})"
        f"{', augmented' if config.augment else ''}, data {data.source}"
        f"{'' if config.strategy == 'default' else ', strategy ' + config.strategy}"
    )
    try:
        result = trainer.run()
    except KeyboardInterrupt:
        raise CliError(
            "interrupted; nothing saved to --out"
            + (f" (last checkpoint in {ckpt_dir})" if ckpt_dir else "")
        ) from None
    if result.status == "diverged":
        raise CliError(result.message)
    if not trainer.writes_files:
        print(f"{result.message} in {result.seconds:.1f} s; the cluster's chief saves the model")
        return 0
    from model.evaluation import evaluate
    from model.network.predictor import Predictor
    from model.storage import save_model

    predictor = Predictor(result.model)
    evaluation = evaluate(predictor, data.x_test, data.y_test)
    calibration = _calibrate(predictor, data)
    if extra is not None and extra["held_out"]:
        held = evaluate(predictor, *personal.arrays("held_out"))
        extra["held_out_accuracy"] = held.accuracy
        print(f"your held-out samples: {held.accuracy * 100:.1f}% of {held.n} read correctly")
    metadata.update(trainer.checkpoint_metadata(result.epochs_completed))
    metadata.update(
        {
            "test_accuracy": evaluation.accuracy,
            "test_n": evaluation.n,
            "train_seconds": round(result.seconds, 2),
            "samples_per_second": round(result.samples_per_second, 1),
            "params": sum(s.params for s in summary),
            "status": result.status,
            "calibration": calibration,
        }
    )
    save_model(result.model, out, metadata)
    print(
        f"{result.message} in {result.seconds:.1f} s "
        f"({result.samples_per_second:,.0f} digits/s); "
        f"test accuracy {evaluation.accuracy * 100:.2f}% on {count(evaluation.n, 'digit')}"
    )
    print(
        f"calibrated on {calibration['fitted_on']}: temperature {calibration['temperature']:.3f}"
        f", 'not sure' below {calibration['threshold'] * 100:.1f}%, which flags "
        f"{calibration['held_out_false_alarm'] * 100:.2f}% of the other "
        f"{calibration['held_out_n']:,} test digits"
    )
    print(f"saved {out}")
    return 0


# The share of the calibration half of MNIST's test digits found uncertain. That half is the
# harder one: for the shipped model 2.5 % there is 1.9 % of all 10,000 test digits, and
# 1.3 % of the half the calibration did not see.
CALIBRATION_FALSE_ALARM = 0.025


def _calibrate(predictor, data) -> dict:
    """The model's calibration (``model.uncertainty``): temperature and "not sure" threshold
    fitted on the first half of the test digits, checked on the second half."""
    from model.data.mnist import to_model_input
    from model.uncertainty import fit, uncertain

    half = len(data.x_test) // 2
    probs = predictor.probabilities(to_model_input(data.x_test))
    fitted = fit(
        probs[:half],
        data.y_test[:half],
        CALIBRATION_FALSE_ALARM,
        f"MNIST test digits 0-{half - 1}",
    )
    held_out = float(uncertain(probs[half:], fitted).mean())
    return {
        **fitted.to_dict(),
        "held_out_false_alarm": round(held_out, 5),
        "held_out_n": len(probs) - half,
    }


def cmd_classify(args: argparse.Namespace) -> int:
    from model.data.preprocess import load_image, preprocess
    from model.data.segment import find_digits
    from model.errors import ConvscopeError

    model_path = _model_path(args.model)
    # Every image is read and preprocessed before TensorFlow loads (~5 s): a bad image fails
    # at once, and a run with nothing to classify never loads it.
    rows, inputs, numbers, failed = [], {}, {}, 0
    for name in args.images:
        try:
            gray = load_image(name)
            pre = preprocess(gray)
            digits = [] if pre.blank else find_digits(gray)
        except ConvscopeError as exc:
            failed += 1
            print(f"error: {exc}", file=sys.stderr)
            rows.append({"path": name, "error": str(exc)})
            continue
        if pre.blank:
            rows.append(
                {
                    "path": name,
                    "label": None,
                    "confidence": None,
                    "probabilities": None,
                    "blank": True,
                    "uncertain": None,
                    "verdict": None,
                }
            )
            continue
        inputs[len(rows)] = pre.input
        numbers[len(rows)] = digits
        rows.append({"path": name})
    if inputs:
        from model.data.segment import read_number
        from model.uncertainty import Calibration, assess

        loaded, predictor = _load_predictor(model_path)
        calibration = Calibration.of(loaded.metadata)
        for i, image in inputs.items():
            result = predictor.predict(image).to_dict()
            verdict = assess(result["probabilities"], calibration)
            rows[i].update(result, blank=False, uncertain=verdict.uncertain, verdict=verdict.kind)
            reading = read_number(None, predictor.probabilities, calibration, numbers[i])
            if len(reading.digits) >= 2:
                rows[i].update(number=reading.text, digits=reading.to_list())
    if args.json:
        print(json.dumps(rows))
    else:
        width = max(len(r["path"]) for r in rows)
        print(f"{'image'.ljust(width)}  digit  confidence  runner-up")
        for r in rows:
            if "error" in r:
                print(f"{r['path'].ljust(width)}  error: {r['error']}")
            elif r["blank"]:
                print(f"{r['path'].ljust(width)}  blank: no digit found")
            else:
                order = sorted(range(10), key=lambda k: -r["probabilities"][k])
                second = order[1]
                line = (
                    f"{r['path'].ljust(width)}  {r['label']:>5}  {r['confidence'] * 100:9.1f}%"
                    f"  {second} ({r['probabilities'][second] * 100:.1f}%)"
                )
                if r["uncertain"]:
                    line += "  " + (
                        "may not be a digit" if r["verdict"] == "not a digit" else "not sure"
                    )
                if "number" in r:
                    line += f"  number: {r['number']}"
                print(line)
    return 1 if failed else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from model.data.mnist import load_mnist
    from model.evaluation import evaluate
    from model.words import count

    data = load_mnist(args.data)
    loaded, predictor = _load_predictor(_model_path(args.model))
    n = args.limit
    result = evaluate(predictor, data.x_test[:n], data.y_test[:n])
    if args.json:
        print(json.dumps(result.to_dict()))
        return 0
    print(
        f"model {loaded.path}: test accuracy {result.accuracy * 100:.2f}% "
        f"on {count(result.n, 'digit')}"
    )
    print(
        "per class: "
        + "  ".join(f"{k}:{a * 100:.1f}%" for k, a in enumerate(result.per_class_accuracy))
    )
    print("confusion matrix (rows: true digit, columns: predicted):")
    print("      " + "".join(f"{k:>6}" for k in range(10)))
    for k, row in enumerate(result.confusion):
        print(f"{k:>6}" + "".join(f"{v:>6}" for v in row))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from model.network.network import network_summary
    from model.storage import load_model

    loaded = load_model(args.model)
    model = loaded.model
    layers = network_summary(model)
    meta = {k: v for k, v in loaded.metadata.items() if k != "history"}
    history = loaded.metadata.get("history", {})
    info = {
        "path": str(args.model),
        "name": loaded.name,
        "layers": layers,
        "total_params": int(model.count_params()),
        "metadata": meta,
        "history": history,
    }
    if args.json:
        print(json.dumps(info))
        return 0
    print(f"{loaded.name}  ({args.model})")
    for key in (
        "preset",
        "test_accuracy",
        "epochs_completed",
        "train_seconds",
        "created",
        "command",
    ):
        if key in meta:
            value = meta[key]
            if key == "test_accuracy":
                value = f"{value * 100:.2f}%"
            print(f"  {key.replace('_', ' ')}: {value}")
    print(f"  {'layer':<12} {'type':<20} {'output':<12} {'params':>8}")
    for layer in layers:
        shape = "x".join(str(d) for d in layer["output_shape"])
        print(f"  {layer['name']:<12} {layer['type']:<20} {shape:<12} {layer['params']:>8,}")
    print(f"  total parameters: {info['total_params']:,}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from model.data.preprocess import preprocess_file
    from model.explain import ExplainError, explain_position, to_json, to_text

    try:
        row, col = (int(part) for part in args.at.split(","))
    except ValueError:
        raise ExplainError(f"--at must be ROW,COL (two whole numbers), not {args.at!r}") from None
    pre = preprocess_file(args.image)
    if pre.blank:
        raise ExplainError(f"{args.image}: blank, no digit found; nothing to explain")
    _loaded, predictor = _load_predictor(_model_path(getattr(args, "model", None)))
    activations = predictor.predict(pre.input).activations
    result = explain_position(
        predictor.model, activations, pre.input, args.layer, row, col, args.channel
    )
    print(to_json(result, pre.input) if args.json else to_text(result, pre.input))
    return 0


def _model_names(paths: list[Path]) -> list[str]:
    """File stems, with "-2", "-3"... added when two files share a stem."""
    names: list[str] = []
    for path in paths:
        name, k = path.stem, 1
        while name in names:
            k += 1
            name = f"{path.stem}-{k}"
        names.append(name)
    return names


def cmd_robustness(args: argparse.Namespace) -> int:
    from model.data.mnist import load_mnist
    from model.lab.robustness import DEFAULT_ROTATIONS, DEFAULT_SHIFTS, robustness_curve
    from model.words import count

    if args.n < 1:
        raise CliError(f"--n must be at least 1, not {args.n}")
    if args.models:
        paths = [Path(m) for m in args.models]
    else:
        paths = [DEFAULT_MODEL, MLP_MODEL]
        for path, preset in ((DEFAULT_MODEL, "default"), (MLP_MODEL, "mlp")):
            if not path.exists():
                raise CliError(
                    f"no model at {path}; train one with: "
                    f"python main.py train --preset {preset} --out {path}"
                )
    from model.storage import read_config

    for path in paths:  # every file checked before TensorFlow loads: a typo fails at once
        read_config(path)
    data = load_mnist(args.data)
    predictors = {}
    for name, path in zip(_model_names(paths), paths):
        predictors[name] = _load_predictor(path)[1]
    result = robustness_curve(
        predictors,
        data.x_test,
        data.y_test,
        DEFAULT_SHIFTS,
        DEFAULT_ROTATIONS,
        n=args.n,
        seed=args.seed,
    )
    if args.json:
        print(json.dumps(result))
        return 0
    names = list(result["models"])
    width = max(9, *(len(name) + 2 for name in names))
    print(
        f"accuracy on {count(result['n'], 'test digit')} (seed {result['seed']}) "
        "as they move and turn further"
    )
    for key, heading, unit in (
        ("shift", "moved by (each digit in its own random direction)", "px"),
        ("rotation", "turned by (positive: anticlockwise)", "deg"),
    ):
        print()
        print(heading)
        print(f"{unit:>8}" + "".join(f"{name:>{width}}" for name in names))
        for i, amount in enumerate(result[f"{key}s"]):
            row = "".join(
                f"{result['models'][name][f'accuracy_vs_{key}'][i] * 100:>{width - 2}.1f} %"
                for name in names
            )
            print(f"{amount:>8g}" + row)
    return 0


def cmd_probes(args: argparse.Namespace) -> int:
    from model.data.mnist import load_mnist
    from model.explain.probes import train_probes

    if args.n < 10:
        raise CliError(f"--n must be at least 10, not {args.n}")
    path = _model_path(args.model)
    loaded, predictor = _load_predictor(path)
    probes = train_probes(predictor.model, load_mnist(args.data), n=args.n, seed=args.seed)
    result = {"model": str(path), **probes.to_dict()}
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        f"what each layer of {loaded.name} already knows: a linear read-out trained on "
        f"{probes.n_train:,} training digits, scored on {probes.n_test:,} test digits "
        f"({probes.seconds:.1f} s)"
    )
    print(f"  {'layer':<14}{'kind':<20}{'numbers':>9}{'read by':>9}  accuracy")
    for layer in result["layers"]:
        print(
            f"  {layer['name']:<14}{layer['kind']:<20}{layer['features']:>9,}"
            f"{layer['probe_features']:>9,}  {layer['probe_accuracy'] * 100:6.2f} %"
        )
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from model.data.mnist import load_mnist
    from model.explain.compare import compare_on

    if args.n < 1:
        raise CliError(f"--n must be at least 1, not {args.n}")
    paths = [Path(args.a), Path(args.b)]
    from model.storage import read_config

    for path in paths:  # both checked before any work: a typo fails at once
        read_config(path)
    nets = {name: _load_predictor(path)[1].model for name, path in zip(_model_names(paths), paths)}
    data = load_mnist(args.data)
    result = compare_on(nets, data.x_test[: args.n], data.y_test[: args.n])
    result.pop("predictions")
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"on the first {result['n']:,} test digits:")
    for name, figures in result["models"].items():
        print(f"  {name}: {figures['accuracy'] * 100:.2f} % right")
    shown = ", ".join(str(i) for i in result["disagreements"][:20])
    more = " …" if len(result["disagreements"]) > 20 else ""
    print(
        f"  they agree on {result['agreement'] * 100:.2f} %; they disagree on "
        f"{len(result['disagreements']):,} digits" + (f": {shown}{more}" if shown else "")
    )
    return 0


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python main.py",
        description="Convscope: see how a convolutional neural network reads handwritten digits. "
        "Without a command, opens the desktop app.",
    )
    p.add_argument("--debug", action="store_true", help="show full tracebacks on errors")
    p.add_argument("--model", help="model file the app opens with (default: the shipped one)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    g = sub.add_parser("gui", help="open the desktop app (the default)")
    g.add_argument("--model", help="model file to open")
    g.set_defaults(func=cmd_gui)

    t = sub.add_parser(
        "train",
        help="train a network on MNIST and save it",
        description="Train a preset or a JSON architecture on MNIST, evaluate it on "
        "the test set and save it with its metadata.",
    )
    src = t.add_mutually_exclusive_group()
    src.add_argument(
        "--preset",
        default="default",
        help="architecture: mlp, lenet, default or best (default: default)",
    )
    src.add_argument("--spec", help="JSON file with a layer list instead of a preset")
    t.add_argument("--epochs", type=int, help="passes over the training set")
    t.add_argument("--batch-size", type=int, help="digits per weight update")
    t.add_argument("--learning-rate", type=float, help="step size of the optimizer")
    t.add_argument("--optimizer", choices=("adam", "sgd"), help="adam or sgd (with momentum)")
    t.add_argument(
        "--schedule",
        choices=("constant", "cosine", "step", "onecycle"),
        help="learning-rate schedule",
    )
    t.add_argument(
        "--label-smoothing",
        type=float,
        metavar="F",
        help="train towards 1-F sure instead of fully sure (0 turns it off)",
    )
    t.add_argument(
        "--augment", action="store_true", help="randomly shift, rotate and zoom training digits"
    )
    t.add_argument("--validation-split", type=float, help="fraction held out for validation")
    t.add_argument("--limit", type=int, help="train on the first N digits only")
    t.add_argument("--seed", type=int, help="random seed (default 0)")
    t.add_argument("--data", help="MNIST .npz file (default: the bundled copy)")
    t.add_argument("--checkpoint-dir", help="save a checkpoint here after every epoch")
    t.add_argument(
        "--tensorboard",
        metavar="DIR",
        help="also write the run's loss and accuracy here as TensorBoard logs "
        "(view with: tensorboard --logdir DIR)",
    )
    t.add_argument("--resume", help="continue from this checkpoint file")
    t.add_argument(
        "--strategy",
        choices=("default", "mirrored", "multiworker"),
        help="default: one device; mirrored: every GPU of this machine (or its logical CPUs); "
        "multiworker: the machines TF_CONFIG lists, each running this same command "
        "(default: default, or on --resume the run's own)",
    )
    t.add_argument(
        "--extra-data",
        metavar="FOLDER",
        help="also train on your own handwriting: a samples folder made in the app's Lab tab",
    )
    t.add_argument(
        "--extra-share",
        type=float,
        default=0.1,
        help="share of the training digits that are varied copies of your samples (default 0.1)",
    )
    t.add_argument("--out", required=True, help="where to save the model (.keras)")
    t.set_defaults(func=cmd_train)

    c = sub.add_parser(
        "classify",
        help="classify image files",
        description="Classify one or more images of digits: each as one digit, and, when it "
        "holds several (a number), each of them too.",
    )
    c.add_argument("images", nargs="+", metavar="IMAGE")
    c.add_argument("--model", help="model file (default: the shipped one)")
    c.add_argument("--json", action="store_true", help="print a JSON list, one object per image")
    c.set_defaults(func=cmd_classify)

    e = sub.add_parser("evaluate", help="test accuracy and confusion matrix on MNIST's test set")
    e.add_argument("--model", help="model file (default: the shipped one)")
    e.add_argument("--data", help="MNIST .npz file (default: the bundled copy)")
    e.add_argument("--limit", type=int, help="use the first N test digits only")
    e.add_argument("--json", action="store_true", help="print the figures as JSON")
    e.set_defaults(func=cmd_evaluate)

    i = sub.add_parser("info", help="layers, shapes, parameters and metadata of a model file")
    i.add_argument("model", metavar="MODEL")
    i.add_argument("--json", action="store_true", help="print as JSON")
    i.set_defaults(func=cmd_info)

    x = sub.add_parser(
        "explain",
        help="take one value of a conv or pooling layer apart",
        description="Show how one value of a feature map was computed for the "
        "digit in IMAGE: the filter's window, weights, sum, bias and "
        "activation, or the pooling window and its winner.",
    )
    x.add_argument("image", metavar="IMAGE")
    x.add_argument("--layer", required=True, help="a Conv2D or pooling layer's name")
    x.add_argument(
        "--at",
        required=True,
        metavar="ROW,COL",
        help="position in that layer's feature map, from 0",
    )
    x.add_argument("--channel", type=int, default=0, help="feature map (channel), default 0")
    x.add_argument(
        "--model", default=argparse.SUPPRESS, help="model file (default: the shipped one)"
    )
    x.add_argument("--json", action="store_true", help="print the numbers as JSON")
    x.set_defaults(func=cmd_explain)

    r = sub.add_parser(
        "robustness",
        help="accuracy of models as test digits are shifted and rotated",
        description="Move a seeded sample of test digits 0 to 6 pixels (each in its own "
        "random direction) and turn them by -45 to 45 degrees; print each model's accuracy "
        "at every step. A network that keeps its accuracy copes with digits written off "
        "centre or slanted.",
    )
    r.add_argument(
        "--models",
        nargs="+",
        metavar="MODEL",
        help="model files to compare (default: the shipped default.keras and mlp.keras)",
    )
    r.add_argument("--n", type=int, default=1000, help="test digits in the sample (default 1000)")
    r.add_argument("--seed", type=int, default=0, help="seed of the sample and directions")
    r.add_argument("--data", help="MNIST .npz file (default: the bundled copy)")
    r.add_argument("--json", action="store_true", help="print the curves as JSON")
    r.set_defaults(func=cmd_robustness)

    pr = sub.add_parser(
        "probes",
        help="what each layer already knows: a linear read-out of every layer",
        description="Train a linear classifier (multinomial logistic regression) on each "
        "layer's output for a seeded sample of training digits, and score it on test digits: "
        "how well the digit can be read off what the network has computed so far. The first "
        "entry is the raw pixels, the baseline.",
    )
    pr.add_argument("--model", help="model file (default: the shipped default.keras)")
    pr.add_argument("--n", type=int, default=4000, help="training digits (default 4000)")
    pr.add_argument("--seed", type=int, default=0, help="seed of the digit samples")
    pr.add_argument("--data", help="MNIST .npz file (default: the bundled copy)")
    pr.add_argument("--json", action="store_true", help="print the read-outs as JSON")
    pr.set_defaults(func=cmd_probes)

    co = sub.add_parser(
        "compare",
        help="two models on the same test digits: accuracy, agreement, disagreements",
        description="Run two models on the same MNIST test digits and list the digits on "
        "which they give different answers (indices into the test set).",
    )
    co.add_argument("a", help="the first model file")
    co.add_argument("b", help="the second model file")
    co.add_argument("--n", type=int, default=10000, help="test digits (default: all 10,000)")
    co.add_argument("--data", help="MNIST .npz file (default: the bundled copy)")
    co.add_argument("--json", action="store_true", help="print the comparison as JSON")
    co.set_defaults(func=cmd_compare)

    s = sub.add_parser(
        "screenshot",
        help="render the app's window offscreen to a PNG",
        description="Render the real main window offscreen, optionally with an "
        "image in the canvas and its prediction shown, save it as "
        "a PNG and print the prediction as JSON.",
    )
    s.add_argument("--out", required=True, help="PNG file to write")
    s.add_argument(
        "--tab",
        default="draw",
        help="tab to show: draw, train, inspect, inspect:VIEW (e.g. inspect:knows), lab or "
        "lab:PAGE, e.g. lab:why (default: draw)",
    )
    s.add_argument("--image", help="image of a digit to load into the canvas")
    s.add_argument("--size", default="1400x900", help="window size WxH (default: 1400x900)")
    s.add_argument(
        "--model", default=argparse.SUPPRESS, help="model file (default: the shipped one)"
    )
    s.set_defaults(func=cmd_screenshot)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.debug:
        # Library deprecation chatter would break the promise of one clean line on stderr.
        warnings.filterwarnings("ignore")
    if args.command is None:
        args.func = cmd_gui
    try:
        return args.func(args)
    except BrokenPipeError:
        # Output piped into `head` and the like: the reader left, which is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (CliError, Exception) as exc:
        if args.debug:
            raise
        from model.errors import ConvscopeError

        if isinstance(exc, (CliError, ConvscopeError)):
            message = str(exc)
        else:
            message = f"unexpected {type(exc).__name__}: {exc} (run with --debug for details)"
        print(f"error: {' '.join(message.split())}", file=sys.stderr)
        return 2 if isinstance(exc, (CliError, ConvscopeError)) else 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def entry_point() -> None:
    """The ``convscope`` console command installed by ``pip install .``."""
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
