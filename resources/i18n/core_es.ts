<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>architectures</name>
    <message>
        <source>{where}: {what} must be a whole number or a pair, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {what} must be at least 1, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the architecture has no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {n}: expected a dict of settings, got {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {n}: unknown type {kind}; use one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {n} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown setting {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: name {name} must be a simple identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the name {name} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last layer must be Dense with {n} units, one per digit (it is {type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last layer needs activation &apos;softmax&apos; so its outputs are probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown activation {activation}; use one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: receives {a_size} map; add a Flatten layer before it to unroll the map into a vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: units must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the input is already flat; remove this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: rate must be a fraction from 0 up to (not including) 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: momentum must be a fraction from 0 up to (not including) 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: needs a 2-D feature map, but the input was already flattened to {shape}; move it before Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: padding must be &apos;valid&apos; or &apos;same&apos;, not {padding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: filters must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: its {kh}x{kw} {what} is larger than its {h}x{w} input; use a smaller one or padding &apos;same&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the feature map would shrink below 1x1 (from {h}x{w})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.calibrate</name>
    <message>
        <source>fit a model&apos;s &apos;not sure&apos; threshold to MNIST test digits and store it in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the temperature and the &apos;not sure&apos; thresholds on the first half of MNIST&apos;s test digits, check them on the second half, and write them into the model file&apos;s metadata (the network itself is not changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .keras file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of calibration digits allowed to be flagged (default 0.025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST in Keras&apos;s .npz format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the calibration as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--false-alarm must be between 0 and 0.5, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: temperature {temperature}; &apos;not sure&apos; below a top score of {threshold}, which flags {share} of the other {n} test digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.classify</name>
    <message>
        <source>classify image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify one or more images of digits: each as one digit, and, when it holds several (a number), each of them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON list, one object per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runner-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: no digit found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may not be a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.common</name>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST test digits {first}-{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model at {path}; train one with: python main.py train --preset default --out {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.compare</name>
    <message>
        <source>two models on the same test digits: accuracy, agreement, disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run two models on the same MNIST test digits and list the digits on which they give different answers (indices into the test set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test digits (default: all 10,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the comparison as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--n must be at least 1, not {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the first {n} test digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {model}: {pct} % right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  they agree on {pct} %; they disagree on {n} digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.evaluate</name>
    <message>
        <source>test accuracy and confusion matrix on MNIST&apos;s test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the first N test digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model {path}: test accuracy {accuracy} on {digits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per class: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion matrix (rows: true digit, columns: predicted):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.explain</name>
    <message>
        <source>take one value of a conv or pooling layer apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how one value of a feature map was computed for the digit in IMAGE: the filter&apos;s window, weights, sum, bias and activation, or the pooling window and its winner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Conv2D or pooling layer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position in that layer&apos;s feature map, from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature map (channel), default 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the numbers as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at must be ROW,COL (two whole numbers), not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to explain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.export_animation</name>
    <message>
        <source>write an animated GIF or WebP: the filter sliding, or a robustness sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an animation of the digit in IMAGE for slides. &apos;slide&apos;: a convolution filter slides over the digit and builds its feature map. &apos;sweep&apos;: the digit is moved, turned, resized, thickened or spoiled step by step while two networks answer. The suffix of --out chooses GIF or WebP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide or sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture of one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.gif or .webp file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of frames (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide: the conv layer (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slide: which filter (default: the one responding most to the digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: what changes (default: turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep: the second network (default: the shipped mlp.keras; &apos;none&apos; for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frames must be at least 1, not {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path} ({n} frames)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.export_handout</name>
    <message>
        <source>write a one-file HTML lesson handout of a model and a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one HTML file with its pictures inside: the digit in IMAGE and the network&apos;s answer, the network&apos;s layers, its accuracy and confusion matrix on the MNIST test digits, the digit through every layer and the first layer&apos;s filters. Open it in a browser to print it or save it as PDF; drag its pictures into slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture of one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST .npz file to measure on (default: the bundled copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out {path}: the handout is an .html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path} ({model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path} ({model}, {pct} % on the test digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.info</name>
    <message>
        <source>layers, shapes, parameters and metadata of a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total parameters: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.probes</name>
    <message>
        <source>what each layer already knows: a linear read-out of every layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a linear classifier (multinomial logistic regression) on each layer&apos;s output for a seeded sample of training digits, and score it on test digits: how well the digit can be read off what the network has computed so far. The first entry is the raw pixels, the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file (default: the shipped default.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training digits (default 4000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the digit samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the read-outs as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--n must be at least 10, not {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what each layer of {model} already knows: a linear read-out trained on {n_train} training digits, scored on {n_test} test digits ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.progress</name>
    <message>
        <source>epoch {epoch}/{epochs} [{bar}] loss {loss} acc {accuracy} {speed}/s ETA {eta}  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val_loss {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>val_accuracy {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.robustness</name>
    <message>
        <source>accuracy of models as test digits are shifted and rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a seeded sample of test digits 0 to 6 pixels (each in its own random direction) and turn them by -45 to 45 degrees; print each model&apos;s accuracy at every step. A network that keeps its accuracy copes with digits written off centre or slanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model files to compare (default: the shipped default.keras and mlp.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test digits in the sample (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the sample and directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the curves as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--n must be at least 1, not {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model at {path}; train one with: python main.py train --preset {preset} --out {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy on {digits} (seed {seed}) as they move and turn further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved by (each digit in its own random direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned by (positive: anticlockwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands.train</name>
    <message>
        <source>train a network on MNIST and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a preset or a JSON architecture on MNIST, evaluate it on the test set and save it with its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture: mlp, lenet, default or best (default: default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with a layer list instead of a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes over the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits per weight update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step size of the optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adam or sgd (with momentum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train towards 1-F sure instead of fully sure (0 turns it off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>randomly shift, rotate and zoom training digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction held out for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train on the first N digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a checkpoint here after every epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the run&apos;s loss and accuracy here as TensorBoard logs (view with: tensorboard --logdir DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue from this checkpoint file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: one device; mirrored: every GPU of this machine (or its logical CPUs); multiworker: the machines TF_CONFIG lists, each running this same command (default: default, or on --resume the run&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also train on your own handwriting: a samples folder made in the app&apos;s Lab tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the training digits that are varied copies of your samples (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save the model (.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your handwriting: {samples} from {folder}, mixed in as {copies} varied copies ({share} of the digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; nothing saved to --out (last checkpoint in {folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; nothing saved to --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} in {seconds} s; the cluster&apos;s chief saves the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training {name}: {epochs}, batch {batch}, {optimizer} lr {lr} ({schedule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, augmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, data {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, strategy {strategy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .keras file, not {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec {path}: cannot read it as JSON ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {folder}: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extra-data {folder}: no samples to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your held-out samples: {share} of {n} read correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} in {seconds} s ({speed} digits/s); test accuracy {accuracy} on {digits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibrated on {fitted_on}: temperature {temperature}, &apos;not sure&apos; below a top score of {threshold}, which flags {share} of the other {n} test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data.images</name>
    <message>
        <source>{label}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: is a folder, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the name says {promised} but the file is a {format} image; refused as mislabelled (rename it to .{suffix} if it is yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {width}x{height} is too large (more than {n} megapixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the image has no pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: too many pixels; refused as a possible decompression bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: not an image in a supported format ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: cannot be decoded ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image must be 2-D grayscale, RGB or RGBA, not shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data.ink</name>
    <message>
        <source>Enlarged × {zoom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small picture ({w} × {h} px) is enlarged first, so its ink can be found and cropped precisely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper evened out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper&apos;s own brightness, estimated around every pixel, is divided out: shadows, uneven light and grey paper leave only the ink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grain removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated specks of grain and noise are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed ruled lines and specks, frames and edges apart from the digit; the digit&apos;s connected ink is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed ruled lines; the digit&apos;s connected ink is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed specks, frames and edges apart from the digit; the digit&apos;s connected ink is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clutter removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data.mnist</name>
    <message>
        <source>no MNIST file found: looked for {first} and {second}; pass one with --data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder, not an .npz file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not an MNIST file, missing {names} (has {present})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: holds pickled objects, refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unreadable .npz ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a readable .npz file ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: x_{split} has shape {shape}, expected (N, 28, 28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: y_{split} has shape {shape}, expected ({n},) to match x_{split}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: x_{split} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: x_{split} has dtype {dtype}, expected uint8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: x_{split} contains NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: x_{split} values lie outside 0..255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: y_{split} contains NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: y_{split} has dtype {dtype}, expected integer labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: y_{split} has labels {low}..{high}, expected 0..9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data.transform</name>
    <message>
        <source>a 28x28 image is needed, not shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zoom factor must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifts and rotations must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thickness change must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the noise level must be zero or a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>filecheck</name>
    <message>
        <source>{path}: {a_kind} model is not supported; only Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the model has no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: contains {a_layer} layer, which Convscope refuses to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: refers to code outside Keras ({module}.{cls})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: contains {a_thing}, i.e. code; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: uses the custom object {registered}; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: carries a {key} entry; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expects inputs of shape {in_shape}, but Convscope gives 28x28x1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expects inputs of shape {in_shape}; re-save it with a 28x28x1 input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: outputs shape {out_shape}, not 10 digit classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the desktop app cannot start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the desktop app (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render the app&apos;s window offscreen to a PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the real main window offscreen, optionally with an image in the canvas and its prediction shown, save it as a PNG and print the prediction as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab to show: draw, train, inspect, inspect:VIEW (e.g. inspect:knows), lab or lab:PAGE, e.g. lab:why (default: draw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image of a digit to load into the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window size WxH (default: 1400x900)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark, high-contrast or system (default: light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text and controls&apos; zoom, 0.7 to 2.5 (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render the window in presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convscope: see how a convolutional neural network reads handwritten digits. Without a command, opens the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show full tracebacks on errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the app and of the messages: en, de or es (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file the app opens with (default: the shipped one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected {kind}: {reason} (run with --debug for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.layers.base</name>
    <message>
        <source>{what} {value} is not a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} computes in {policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} would output the empty shape {output_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name}: activation {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} is channels-first; Convscope needs channels-last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.layers.conv</name>
    <message>
        <source>layer {name} has no filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} has padding {padding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} is dilated or grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} needs a 2-D map with channels, not {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name}: {shape} channels in {groups} groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.layers.dense</name>
    <message>
        <source>layer {name} has no units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} has LoRA weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} is quantized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} has no input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.layers.elementwise</name>
    <message>
        <source>layer {name} normalises over several axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} is synchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} normalises axis {axis}, not the channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} has a scale that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.layers.pooling</name>
    <message>
        <source>layer {name} has padding {padding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} needs a 2-D map with channels, not {shape}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.layers.reshaping</name>
    <message>
        <source>layer {name} has the target shape {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer {name} cannot reshape {shape} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.network</name>
    <message>
        <source>the model does not say what input it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s input shape {shape} is not a shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convscope cannot read a {kind} layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two of the model&apos;s layers have the same name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.predictor</name>
    <message>
        <source>snapshot does not fit this model: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network.weightfile</name>
    <message>
        <source>{source}: its weights are refused: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a virtual dataset (it would read other files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} keeps its data in another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds {dtype} values, not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a group or a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s {what} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s {what} has shape {shape} in the file but {shape2} in its config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s {what} is {dtype}, not float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight file is {n} bytes, far more than it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model.weights.h5 is not an HDF5 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its structure cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a weight of this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} holds NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>A plain dense network on the 784 raw pixels: it ignores where pixels are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeNet-5 style: two 5x5 convolutions with average pooling, then 120-84-10 dense layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small, fast and accurate: two 3x3 conv + max-pool stages, then one hidden dense layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three conv stages with batch normalisation, trained on shifted, rotated and zoomed digits: the highest accuracy, several times slower to train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset {name}; choose one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>readout</name>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next {digit}: {pct}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} by {w} pixels, empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} by {w} pixels; ink in rows {top} to {bottom}, columns {left} to {right}, {pct} % of the pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tile_name}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {tiles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {tiles} of {h} by {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tile} {k}, {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}; strongest {peak} at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {silent} of {n} silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no values yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} at {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {last}, lowest {low}, highest {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runstore</name>
    <message>
        <source>{run_dir} is not a training run&apos;s folder; nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete {run_dir}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>cannot save {path}: folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save {path}: model files must end in .keras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder, not a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: HDF5 (.h5) models are refused because they can carry code; re-save it as .keras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a .keras model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a valid .keras file ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its metadata is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its metadata is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a Keras model (no config.json or weights inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its config.json is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its config.json is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its config.json is malformed ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its weights are refused: the weight file is far larger than this model needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its weights cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs on TensorFlow: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be loaded ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training.batches</name>
    <message>
        <source>validation split leaves no training digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training.child</name>
    <message>
        <source>the training process has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating on {n} test digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training.config</name>
    <message>
        <source>epochs must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer must be one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule must be one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label smoothing must be a fraction from 0 up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation split must be a fraction from 0 up to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training-set size must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augmentation: shift and zoom are fractions, rotation degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy must be one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augmentation: shear is degrees under 60, aspect a fraction, elastic at most 8 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>augmentation: thickness and the augmented share are fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of non-digits must be a fraction under 0.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training.distribute</name>
    <message>
        <source>strategy must be one of {names}, not {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG must be a JSON object with &apos;cluster&apos; and &apos;task&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG has no &apos;cluster&apos; listing the workers&apos; host:port addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG has no &apos;task&apos; saying which worker this machine is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG: task type {role} is not a training role of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG: task index {index} is not one of the {n} {role} addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG: cluster role {role} is not chief or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG: cluster {role} must be a list of host:port strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG: a cluster has at most one chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG: the cluster lists no workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number from 1 to {most}, not {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the {name} strategy: {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training.monitor</name>
    <message>
        <source>infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss became {what} in epoch {epoch}, batch {batch}: training diverged (learning rate {lr} is probably too high); the last good weights were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metrics became NaN at the end of epoch {epoch}: training diverged; the last good weights were kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training.process</name>
    <message>
        <source>no further information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected {type} in training: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training process did not stop in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training process was killed by signal {n}; checkpoints saved so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training process exited with code {code}; checkpoints saved so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training process is not answering; checkpoints saved so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>training.trainer</name>
    <message>
        <source>{path}: not a Convscope checkpoint (no spec or settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write TensorBoard logs to {log_dir}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another worker of the cluster stopped or cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training failed in epoch {epoch}: {name}{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {strategy} strategy needs a model the trainer builds itself; a model handed to it trains on one device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training on {digits}, {batches} per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, split over {n} devices ({strategy})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uncertainty</name>
    <message>
        <source>this may not be a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure: {a_first} or {a_second}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
