"""The command line's commands, one module per command: ``train``, ``classify``, ``evaluate``,
``info``, ``explain``, ``robustness``, ``probes``, ``compare`` and ``calibrate``.

Each module has ``add_parser(subparsers)``, which adds the command with its arguments and help
texts, and ``run(args)``, which does it and returns the exit code; ``common`` holds what they
share (``CliError``, the shipped models, loading a model). ``main.py`` builds the parser from
these modules and keeps the two commands that open the desktop app (``gui``, ``screenshot``).
Nothing heavy is imported at the top of any of them: ``--help`` stays instant, and TensorFlow
loads only in ``train``.
"""
