"""``train``: train a preset or a JSON architecture on MNIST, evaluate it, calibrate its
"not sure", and save it with its metadata. The one command that loads TensorFlow."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from pathlib import Path
from typing import Any

from model.commands.common import CliError, fitted_on_shown
from model.i18n import formatted, integer, number, percent, translate
from model.uncertainty import CALIBRATION_FALSE_ALARM


def add_parser(sub: Any) -> None:
    """Add ``train`` and its options to the command line's subparsers."""
    t = sub.add_parser(
        "train",
        help=translate("commands.train", "train a network on MNIST and save it"),
        description=translate(
            "commands.train",
            "Train a preset or a JSON architecture on MNIST, evaluate it on "
            "the test set and save it with its metadata.",
        ),
    )
    src = t.add_mutually_exclusive_group()
    src.add_argument(
        "--preset",
        default="default",
        help=translate(
            "commands.train", "architecture: mlp, lenet, default or best (default: default)"
        ),
    )
    src.add_argument(
        "--spec",
        help=translate("commands.train", "JSON file with a layer list instead of a preset"),
    )
    t.add_argument(
        "--epochs", type=int, help=translate("commands.train", "passes over the training set")
    )
    t.add_argument(
        "--batch-size", type=int, help=translate("commands.train", "digits per weight update")
    )
    t.add_argument(
        "--learning-rate",
        type=float,
        help=translate("commands.train", "step size of the optimizer"),
    )
    t.add_argument(
        "--optimizer",
        choices=("adam", "sgd"),
        help=translate("commands.train", "adam or sgd (with momentum)"),
    )
    t.add_argument(
        "--schedule",
        choices=("constant", "cosine", "step", "onecycle"),
        help=translate("commands.train", "learning-rate schedule"),
    )
    t.add_argument(
        "--label-smoothing",
        type=float,
        metavar="F",
        help=translate(
            "commands.train", "train towards 1-F sure instead of fully sure (0 turns it off)"
        ),
    )
    t.add_argument(
        "--augment",
        action="store_true",
        help=translate("commands.train", "randomly shift, rotate and zoom training digits"),
    )
    t.add_argument(
        "--validation-split",
        type=float,
        help=translate("commands.train", "fraction held out for validation"),
    )
    t.add_argument(
        "--limit", type=int, help=translate("commands.train", "train on the first N digits only")
    )
    _add_data_options(t)
    t.set_defaults(func=run)


def _add_data_options(t: Any) -> None:
    """``train``'s options for its data, its files and where it runs."""
    t.add_argument("--seed", type=int, help=translate("commands.train", "random seed (default 0)"))
    t.add_argument(
        "--data", help=translate("commands.train", "MNIST .npz file (default: the bundled copy)")
    )
    t.add_argument(
        "--checkpoint-dir",
        help=translate("commands.train", "save a checkpoint here after every epoch"),
    )
    t.add_argument(
        "--tensorboard",
        metavar="DIR",
        help=translate(
            "commands.train",
            "also write the run's loss and accuracy here as TensorBoard logs "
            "(view with: tensorboard --logdir DIR)",
        ),
    )
    t.add_argument(
        "--resume", help=translate("commands.train", "continue from this checkpoint file")
    )
    t.add_argument(
        "--strategy",
        choices=("default", "mirrored", "multiworker"),
        help=translate(
            "commands.train",
            "default: one device; mirrored: every GPU of this machine (or its logical CPUs); "
            "multiworker: the machines TF_CONFIG lists, each running this same command "
            "(default: default, or on --resume the run's own)",
        ),
    )
    t.add_argument(
        "--extra-data",
        metavar=translate("commands.train", "FOLDER"),
        help=translate(
            "commands.train",
            "also train on your own handwriting: a samples folder made in the app's Lab tab",
        ),
    )
    t.add_argument(
        "--extra-share",
        type=float,
        default=0.1,
        help=translate(
            "commands.train",
            "share of the training digits that are varied copies of your samples (default 0.1)",
        ),
    )
    t.add_argument(
        "--out", required=True, help=translate("commands.train", "where to save the model (.keras)")
    )


def run(args: argparse.Namespace) -> int:
    """Train as ``args`` say and save the model to ``--out``; returns the exit code."""
    from model.architectures import describe, summarize
    from model.backend import prefer_training_kernels
    from model.commands.progress import ProgressBar
    from model.data.mnist import load_mnist
    from model.training.config import TrainingEvents
    from model.words import count

    prefer_training_kernels()
    out = _checked_out(args.out)
    spec, config, name = _spec_and_config(args)
    summary = summarize(spec)
    personal = _open_extra_data(args.extra_data) if args.extra_data else None
    data = load_mnist(args.data)
    extra = None
    if personal is not None:
        from model.lab.handwriting.mixing import mix_into_mnist

        data, extra = mix_into_mnist(data, personal, args.extra_share, config.seed)
    bar = ProgressBar()
    events = TrainingEvents(batch_ended=bar.batch, epoch_ended=bar.epoch)
    command = "python main.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    metadata = {"name": out.stem, "preset": None if args.spec else name, "command": command}
    if extra is not None:
        metadata["extra_data"] = extra
        print(
            translate(
                "commands.train",
                "your handwriting: {count} from {dir}, mixed in as {copies} varied copies "
                "({share} of the digits)",
            ).format(
                count=count(
                    extra["train"],
                    translate("commands.train", "sample"),
                    translate("commands.train", "samples"),
                ),
                dir=extra["folder"],
                copies=integer(extra["copies"]),
                share=percent(extra["share"]),
            )
        )
    ckpt_dir = Path(args.checkpoint_dir) if args.checkpoint_dir else None
    if ckpt_dir:
        ckpt_dir.mkdir(parents=True, exist_ok=True)
    trainer = _trainer(args, spec, config, data, events, ckpt_dir, metadata)
    if args.resume:
        spec, config = trainer.spec, trainer.config
        summary = summarize(spec)
    print(describe(summary))
    _say_settings(name, config, data)
    try:
        result = trainer.run()
    except KeyboardInterrupt:
        raise CliError(
            translate(
                "commands.train",
                "interrupted; nothing saved to {option} (last checkpoint in {dir})",
            ).format(option="--out", dir=ckpt_dir)
            if ckpt_dir
            else translate("commands.train", "interrupted; nothing saved to {option}").format(
                option="--out"
            )
        ) from None
    if result.status == "diverged":
        raise CliError(result.message)
    if not trainer.writes_files:
        print(
            translate(
                "commands.train", "{outcome} in {seconds} s; the cluster's chief saves the model"
            ).format(outcome=result.message, seconds=number(result.seconds, 1))
        )
        return 0
    _evaluate_and_save(result, trainer, data, summary, metadata, out, personal, extra)
    return 0


def _say_settings(name: str, config: Any, data: Any) -> None:
    """Print the run's settings before it starts."""
    from model.words import count

    line = translate(
        "commands.train",
        "training {name}: {count}, batch {batch}, {optimizer} lr {lr} ({schedule})",
    ).format(
        name=name,
        count=count(
            config.epochs,
            translate("commands.train", "epoch"),
            translate("commands.train", "epochs"),
        ),
        batch=config.batch_size,
        optimizer=config.optimizer,
        lr=formatted(config.learning_rate),
        schedule=config.schedule,
    )
    if config.augment:
        line += translate("commands.train", ", augmented")
    line += translate("commands.train", ", data {source}").format(source=data.source)
    if config.strategy != "default":
        line += translate("commands.train", ", strategy {strategy}").format(
            strategy=config.strategy
        )
    print(line)


def _checked_out(arg: str) -> Path:
    """``--out`` as a path, refused before any training if it cannot be written."""
    out = Path(arg)
    if out.suffix != ".keras":
        raise CliError(
            translate("commands.train", "{option} must name a .keras file, not {path}").format(
                option="--out", path=out
            )
        )
    if not out.parent.is_dir():
        raise CliError(
            translate("commands.train", "{option}: folder {dir} does not exist").format(
                option="--out", dir=out.parent
            )
        )
    from model.storage import check_writable

    check_writable(out)  # a read-only folder or too long a name: say so before training, not after
    return out


def _spec_and_config(args: argparse.Namespace) -> tuple[list[dict], Any, str]:
    """The architecture (``--spec`` or ``--preset``), the run's settings (the preset's, then
    those given on the command line) and the run's name."""
    from model.presets import preset
    from model.training.config import TrainConfig

    if args.spec:
        try:
            spec = json.loads(Path(args.spec).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CliError(
                translate(
                    "commands.train", "{option} {path}: cannot read it as JSON ({reason})"
                ).format(option="--spec", path=args.spec, reason=exc)
            ) from None
        if isinstance(spec, dict):
            spec = spec.get("layers", spec)
        defaults: dict = {}
        name = Path(args.spec).stem
    else:
        chosen = preset(args.preset)
        spec, defaults, name = chosen.spec, dict(chosen.training), chosen.name
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
    return spec, TrainConfig.from_dict({**defaults, **chosen_settings}), name


def _open_extra_data(folder: str) -> Any:
    """The handwriting dataset for ``train --extra-data``, read-only; it must have samples."""
    from model.lab.handwriting.dataset import PersonalDataset

    dataset = PersonalDataset.open(folder, create=False)
    for warning in dataset.warnings:
        print(
            translate("commands.train", "warning: {dir}: {warning}").format(
                dir=folder, warning=warning
            ),
            file=sys.stderr,
        )
    if not dataset.counts("train").any():
        raise CliError(
            translate("commands.train", "{option} {dir}: no samples to train on").format(
                option="--extra-data", dir=folder
            )
        )
    return dataset


def _trainer(
    args: argparse.Namespace,
    spec: list[dict],
    config: Any,
    data: Any,
    events: Any,
    ckpt_dir: Path | None,
    metadata: dict[str, Any],
) -> Any:
    """A new run's ``Trainer``, or one resuming ``--resume``'s checkpoint."""
    from model.training.trainer import Trainer

    if args.resume:
        return Trainer.from_checkpoint(
            args.resume,
            data,
            events,
            ckpt_dir,
            epochs=args.epochs,
            log_dir=args.tensorboard,
            strategy=args.strategy,
        )
    return Trainer(spec, config, data, events, ckpt_dir, metadata, log_dir=args.tensorboard)


def _evaluate_and_save(
    result: Any,
    trainer: Any,
    data: Any,
    summary: list,
    metadata: dict[str, Any],
    out: Path,
    personal: Any,
    extra: dict[str, Any] | None,
) -> None:
    """Score the trained model on the test digits (and the held-out handwriting), calibrate
    it, save it to ``out`` with its metadata, and say so."""
    from model.evaluation import evaluate
    from model.network.predictor import Predictor
    from model.storage import save_model
    from model.words import count

    predictor = Predictor(result.model)
    evaluation = evaluate(predictor, data.x_test, data.y_test)
    calibration = _calibrate(predictor, data)
    if extra is not None and extra["held_out"]:
        held = evaluate(predictor, *personal.arrays("held_out"))
        extra["held_out_accuracy"] = held.accuracy
        print(
            translate(
                "commands.train", "your held-out samples: {share} of {n} read correctly"
            ).format(share=percent(held.accuracy), n=held.n)
        )
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
        translate(
            "commands.train",
            "{outcome} in {seconds} s ({speed} digits/s); test accuracy {pct} on {count}",
        ).format(
            outcome=result.message,
            seconds=number(result.seconds, 1),
            speed=integer(round(result.samples_per_second)),
            pct=percent(evaluation.accuracy, 2),
            count=count(
                evaluation.n,
                translate("commands.train", "digit"),
                translate("commands.train", "digits"),
            ),
        )
    )
    print(
        translate(
            "commands.train",
            "calibrated on {basis}: temperature {temperature}, 'not sure' below a top score "
            "of {threshold}, which flags {share} of the other {n} test digits",
        ).format(
            basis=fitted_on_shown(calibration["fitted_on"]),
            temperature=number(calibration["temperature"], 3),
            threshold=number(calibration["logit_threshold"], 2),
            share=percent(calibration["held_out_false_alarm"], 2),
            n=integer(calibration["held_out_n"]),
        )
    )
    print(translate("commands.train", "saved {path}").format(path=out))


def _calibrate(predictor: Any, data: Any) -> dict:
    """The model's calibration (``model.uncertainty.calibrate``): temperature and "not sure"
    thresholds fitted on the first half of the test digits, checked on the second half."""
    from model.data.mnist import to_model_input
    from model.uncertainty import calibrate

    half = len(data.x_test) // 2
    return calibrate(
        predictor,
        to_model_input(data.x_test),
        data.y_test,
        CALIBRATION_FALSE_ALARM,
        f"MNIST test digits 0-{half - 1}",
    )
