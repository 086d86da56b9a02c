<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>inspect.compare.layer_curve</name>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.export</name>
    <message>
        <source>{name}: export as .png or .svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.knows.readout_row</name>
    <message>
        <source>{pct} % of test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would say &lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{pct} % sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.knows.view</name>
    <message>
        <source>Stop the network after a layer and let the simplest reader there is, a straight line (a logistic regression), read the digit off what that layer computed: how often is it right? Each read-out learns from the layer&apos;s outputs for training digits and is scored on test digits it never saw. The raw pixels are the baseline: what a straight line reads before the network does anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each layer knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the read-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the read-outs of every layer again, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well each layer can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% read correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each layer would say of your digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights changed: new read-outs follow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a read-out for every layer on {n} training digits (in the background; about ten seconds for the shipped model)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No read-outs: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Trained in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read-outs could not be trained: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not train the read-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, output {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each read-out learned from {n_train} training digits and was scored on {n_test} test digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw pixels {pct} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A straight line reads {pixels} % of the test digits off the raw pixels and {last} % off the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A straight line reads {pixels} % of the test digits off the raw pixels and {last} % off the output ({layername}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The best read-out is {layername}&apos;s ({pct} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network answers {label}. No read-out says so. ({n} read-outs, input first.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network answers {label}. The first read-out to say so is {layername}&apos;s. ({n} read-outs, input first.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see what each layer would say of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read-outs appear here once they are trained.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.explanations</name>
    <message>
        <source>This value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels in a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.filters_card</name>
    <message>
        <source>Filters of this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weights here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is just the picture: nothing learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling learns nothing: it only keeps the largest (or average) value of each {size} window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} has no filters to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 filter of {layername} ({kh}×{kw})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} filters of {layername} ({kh}×{kw})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {channel} of {layername}: {n} slices of {kh}×{kw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {layername}&apos;s units look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of {layername}: {inputs} × {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tile is one filter: red weights count the pixel under them, blue ones count against. Click one to see its map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This filter looks at all {n} maps of the layer before at once: one {kh}×{kw} slice of weights per map (tile 0 = map 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unit has one weight per pixel: its weights drawn as a 28×28 picture (first {shown} of {units}). A unit fires on digits that light up its red pixels, at exactly those places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per unit, one column per input: the weight that input gets in the unit&apos;s sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.inspector</name>
    <message>
        <source>Could not explain this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.maps_card</name>
    <message>
        <source>one per filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each conv map shrunk by max pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each map shrunk by averaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescaled so each channel has a steady range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps of this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab (or pick a random test digit there); every layer&apos;s output for it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input: your digit as 28×28 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is black, 1 is white. This is all the network gets. Pick a layer above to follow it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}: 1 feature map of {h}×{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}: {n} feature maps of {h}×{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}: 1 number in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}: {n} numbers in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of each digit, 0 to 9 from left to right (softmax of the ten scores, see Decide); the highest is the answer: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One score per digit, 0 to 9 from left to right; the highest is the answer: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {maps}. Click any value to see how it was computed; hover to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {maps}. Hover over a value to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: a vector, no longer a picture (shown wrapped, {width} per line). Hover to read a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.conv_value</name>
    <message>
        <source>Click a value of a convolution&apos;s feature map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter is a small grid of weights. It sits on a window of its input; each input value is multiplied by the weight on top of it and everything is added up, plus a bias. That one number becomes one pixel of the feature map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Slide the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the filter over every position and watch the feature map being built, value by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input 28×28, green: what this value sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feature map being built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which input channel&apos;s window and weights to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channel shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}, filter {channel}: row {row}, column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}  (adds {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window of {layername}, channel {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum is negative ({number}), so ReLU clamps it to 0: this filter found nothing it is looking for here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is {n} layers deep: one {h}×{w}-pixel view per input channel. Each channel&apos;s products add up to one number (below, channel 0 first, row by row; hover to read it); the {n} sums added together give the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window of the input (0 = black, 1 = white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} products add up to {total}, the sum of products below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel {channel}&apos;s {n} products add up to {total}, its share of the sum below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of products &lt;b&gt;{total}&lt;/b&gt; {sign} bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum over the {n} channels &lt;b&gt;{total}&lt;/b&gt; {sign} bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are rounded to {n} decimals; the products are rounded so that they add up exactly to the sums shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum is positive, so ReLU lets it through unchanged: the filter found some of its pattern here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer has no activation of its own; the next layers (batch normalisation, then ReLU) act on this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {act} activation turns the sum into the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.decide</name>
    <message>
        <source>Flatten, then decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Flatten: the maps become one row of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · The dense layers add it all up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · The highest score wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · What pushed the answer up, what held it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 28×28 image unrolled into one row of {n} numbers (shown wrapped, {width} per line: four image rows each). Nothing in this row says which pixel was above which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {h}×{w}×{c} feature maps of {layername} unrolled into one row of {numbers} (wrapped, {width} per line). Each says how strongly a feature was found somewhere, not how bright a pixel was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed {label} down ← 0 → pushed {label} up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same row, number for number in the same place: what each one added to the score of {label} (red up, blue down; white: nothing, most are 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername} has {units}; each multiplies all {inputs} by its own weights, adds them up with a bias, and ReLU keeps it only if positive: {fired} of {n} fired for your digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer does the same once per digit with the {inputs}: ten sums, the scores. Every share above is a number&apos;s part in the score of {label} through all these sums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax turns the ten scores into probabilities that add up to 100 %: {label}&apos;s score of {score} becomes {pct} %. The Draw tab&apos;s bars and the output layer&apos;s tiles on the left show these probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map {k} of {layername}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature maps of {layername}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of {layername}&apos;s {c} maps added its {numbers} to the score of {label}: the maps that pushed it up most (red) and held it down most (blue). Find them on the left by selecting that layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers of {layername}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {parts} that pushed the score of {label} up most (red) and held it down most (blue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of {label}: &lt;b style=&apos;color:#ef4444&apos;&gt;{up}&lt;/b&gt; from the {parts} that pushed it up, &lt;b style=&apos;color:#3b82f6&apos;&gt;{down}&lt;/b&gt; from those that held it down, &lt;b&gt;{bias}&lt;/b&gt; from the biases = &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten, then decide: why “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} units that fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digit&lt;br&gt;score&lt;br&gt;probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel row {row}, column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded to 2 decimals so that the parts add up to the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its dense layers still add up weight × input for every unit; only the split into each number&apos;s share needs ReLU units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probabilities: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.pixels_in_a_row</name>
    <message>
        <source>Pixels in a row: what a plain network gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each image row is laid after the previous one: the 784 numbers are shown below as 7 lines of 112 (four image rows per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see it unrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved {n} px right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your digit as a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moved digit as a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the digit by just 1 pixel changes &lt;b&gt;{changed} of the 784 numbers&lt;/b&gt; noticeably. A plain network sees two quite different rows; the shape is the same, but it has no idea what “the same shape” is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the digit by just {n} pixels changes &lt;b&gt;{changed} of the 784 numbers&lt;/b&gt; noticeably. A plain network sees two quite different rows; the shape is the same, but it has no idea what “the same shape” is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.pool_value</name>
    <message>
        <source>Click a value of a pooling layer&apos;s map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling shrinks a map: it looks at a small window (here marked green) and keeps only the largest value, the winner (orange). If the digit moves by a pixel, the winner usually stays in the same window, so the pooled map barely changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}, channel {channel}: row {row}, column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}, channel {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest of the {n} values is &lt;b style=&apos;color:{colour}&apos;&gt;{number}&lt;/b&gt; (row {row}, column {col} of {layername}): it becomes the pooled value; the others are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pooling: the mean of the {n} values, &lt;b&gt;{number}&lt;/b&gt;, becomes the pooled value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.relu</name>
    <message>
        <source>ReLU: negative values become zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the activation a feature map has positive values (red: the filter&apos;s pattern is there) and negative ones (blue: the opposite). ReLU replaces every negative value by zero (white) and keeps the positive ones, so only real detections remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU on {layername}, filter {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blue below zero, white zero, red above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of {total} values was negative and became 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} values were negative and became 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.shift</name>
    <message>
        <source>Move your digit: what changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same digit, moved a few pixels, is shown to the network again. Each number below says how much a layer&apos;s maps changed (0 % = identical). Pooled maps usually change less than the convolution maps before them, and the answer stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 px right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 px right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 px right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 px down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 px up-left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or tilt it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10° anticlockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the moved digit into the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the moved digit on the Draw tab&apos;s canvas, like an opened image, to draw over it or watch the answer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Draw tab crops and centres every drawing again, so a move disappears there; a tilt stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tilted {degrees}° anticlockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tilted {degrees}° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} px down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} px up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} px right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} px left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved {down} and {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved {down}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved {right}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved 0 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername} ch {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {label} ({pct} %) → {verdict} ({pct_b} %). Over {n} moves of 1–3 pixels in four directions the answer stayed the same in {kept} % of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest map of the first convolution and of the last pooling layer, before and after the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no convolution or pooling layers: it only sees 784 separate pixel values, so there are no maps to compare. Compare its answer below with a CNN&apos;s on the same move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;th align=&apos;left&apos;&gt;layer&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;kind&lt;/th&gt;&lt;th&gt;this move&lt;/th&gt;&lt;th&gt;average of 12 moves&lt;/th&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> On average the convolution maps changed by {conv} %, the pooled maps by {pool} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your digit, {moved}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.top_patches</name>
    <message>
        <source>What this filter looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network looked at 2,000 test digits. These are the pieces of them (each one exactly the part of the image this filter can see) that made the filter respond most strongly. Early layers respond to short edges and strokes; later layers to bigger shapes made of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching 2,000 test digits in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} strongest responses among {searched} test digits; each piece is the {h}×{w}-pixel part of a digit the filter sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a filter looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {layername}, filter {channel} looks for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.replay_bar</name>
    <message>
        <source>Drag to see the maps and filters as they were at that moment of the last training run, for the digit you drew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the newest weights of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay training: {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay training: {moment} (latest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.stories</name>
    <message>
        <source>Flatten unrolls the stack of maps into one long row of numbers, so the dense layers after it can read them (see “Flatten &amp; decide”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dense (fully connected) layer: each unit multiplies every input by its own weight, adds them up with a bias and applies its activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout switches off random inputs while training so the network does not rely on any single one. When reading your digit it does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation rescales each channel to a steady range, which makes training faster. It does not move anything: each value stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activation layer applies its function (here ReLU) to every value on its own: negatives become zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a layer in the strip above. Click a value of a convolution or pooling map to see exactly how it was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your digit, 28×28 brightness values between 0 and 1. A convolutional network keeps this grid; a plain one unrolls it into a row (see “Pixels in a row”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convolution layer {layername}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooling layer {layername}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the convolution has no activation of its own: ReLU is layer {layername}, after batch normalisation; the left map is what it receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click any value of a feature map on the left to see the filter&apos;s window, its weights, the products and their sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click any value of a pooled map on the left to see the window it came from and which value won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a convolution layer to see ReLU at work on one of its maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no convolution layers, so there are no maps to show ReLU on; its dense units use ReLU the same way on single numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a convolution layer (and click one of its maps) to see which pieces of real digits excite that filter most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no convolution filters. Its dense units&apos; weights (bottom left, for the first dense layer) show what each unit looks for: a whole-image template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer does not use ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.layers.strip</name>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what {layername} outputs for your digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.tab</name>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow your drawing through the network, layer by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the inspector shows as a PNG or SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an animation (the filter sliding, the training replay, a robustness sweep) or a one-page lesson handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.tour</name>
    <message>
        <source>1. A plain network reads pixels in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain dense network gets your drawing as one long row of 784 brightness values: the 28×28 grid is pulled apart like a fabric into a single thread. Which pixel sat next to which is lost. Look below: the same digit moved 2 pixels to the right gives a very different row, so to this network it is a different input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Convolution: a small filter slides over the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter is a tiny grid of weights (here 3×3 or 5×5). Placed on a window of the image, it multiplies each pixel by the weight on top of it and adds everything up, plus a bias: one number. Slide it one pixel at a time and you get a whole new image, the feature map. Click any value on the left, or press “Slide the filter”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no convolution layers, so nothing slides over the image: its first layer multiplies all 784 pixels at once by one weight each. The pictures on the left are those weights, one 28×28 picture per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Different filters find different features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tile on the left is the feature map of a different filter, all on your digit. Bright means “my pattern is here”. One filter lights up on left edges, another on horizontal strokes, another on the ends of lines. Below them are the filters themselves: red weights add, blue weights subtract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without convolutions there are no feature maps: each unit of the first layer looks at the whole image at once, through one weight per pixel (the pictures on the left). Nothing makes it look for the same small pattern everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Stacked layers build a hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last convolution layer. Its filters do not look at pixels but at the maps of the layer before, so they combine simple strokes into bigger shapes: loops, corners, parts of digits. On the right: the pieces of real test digits that excite the selected filter most. Compare with the first layer&apos;s short edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no stack of convolution layers, so there is no hierarchy of features to show. Its hidden layer must learn whole-digit templates directly from pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. …and what each layer knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the network after any layer and let a straight line read the digit off what it has computed so far: how often is it right? The curve answers for every layer on test digits, from the raw pixels (dashed) to the output; the bars say what each layer would answer for your digit. Each stage makes the digit easier to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same question for a plain network: how well can a straight line read the digit off each layer? The raw pixels (dashed) already say a lot; each dense layer makes the digit easier to read off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. ReLU keeps only the positive responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the sum, the activation function ReLU turns every negative value into zero and keeps the positive ones unchanged. The map before (blue negative, red positive) and after (only red left) are on the right: what remains are clear detections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU works the same way in a dense network: every unit&apos;s negative sum becomes 0. There are just no maps to show it on in this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Max pooling keeps the strongest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max pooling cuts each map into small windows (here 2×2) and keeps only the largest value of each, the winner. The map becomes four times smaller but keeps what was found, and roughly where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no pooling layers: every pixel counts on its own, at its exact place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. …which makes small shifts matter less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here your digit was moved a couple of pixels. The convolution maps move with it (a big change), but after pooling many winners stay in the same windows, so the pooled maps change less, and the answer stays the same. Try the other moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here your digit was moved a couple of pixels. A plain network has no maps to absorb the move: every pixel now hits different weights, so its confidence can drop or the answer can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Flattening, now of features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After convolutions, ReLU and pooling, the stack of small maps is unrolled into one long row, like the pixels in step 1. But each number now means “this feature was found around here”, not “this pixel was bright”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this network, flattening happens first, on the raw pixels: the row below is your image itself, as in step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Fully connected layers decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row of features feeds an ordinary dense network. Each digit&apos;s score is a sum of weight × feature; the highest score wins, and softmax turns the scores into probabilities. On the right: what each number of the row added to the winner&apos;s score, and the feature maps that pushed it up most (red) and held it down (blue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dense layers decide here too: each digit&apos;s score is a sum of weight × input. But their inputs are raw pixels, which is why a plain network is more easily fooled by a moved or tilted digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idea {idea} of {ideas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {ideas} ideas of a convolutional network, one at a time, on your digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? The tour explains, step by step on your own drawing, how a convolutional network reads a digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.tour_keys</name>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.two_digits.second_digit</name>
    <message>
        <source>What it was confused with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training digit of the network&apos;s second choice that it finds most like yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the second digit on a small canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit from MNIST&apos;s test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own digit, moved and turned by the sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another test digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.two_digits.view</name>
    <message>
        <source>Two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two digits, one network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do the paths of two digits through the network part, and where do they join again? Pick a second digit; every layer below shows both, and their difference (red: higher for yours, blue: higher for the second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike they are, layer by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alike (cosine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch normalisation shifts each map&apos;s values, which moves this measure without making the two digits more or less alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test #{i}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s second choice for your digit is {label}. The second digit is the training {label} (#{i}) it finds most like yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training #{i}, {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}&lt;br&gt;reads &lt;b&gt;{label}&lt;/b&gt; · {pct}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours, moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking through 6,000 training digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare the two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a second digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference (yours − second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab: it is compared here with a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the second digit on the small canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.evaluation</name>
    <message>
        <source>Both networks on the same test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each network answers the same digits from MNIST&apos;s test set, which neither trained on. Click a digit below to put it on the canvas and see both networks read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {n} test digits {a} reads {pct_a} % correctly and {b} {pct_b} %. They give the same answer on {agree} % of them and differ on {differ}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 digit on which they disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} digits on which they disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption} (the first {shown}). Under each: {a}&apos;s answer, then {b}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}. Under each: {a}&apos;s answer, then {b}&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test digit #{i}, {truth}: {a} reads {pa}, {b} reads {pb}. Click to put it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 digit {name} reads as {predicted} where the truth is {true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} digits {name} reads as {predicted} where the truth is {true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.texts</name>
    <message>
        <source>Two networks, one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set another network beside this one: both read your digit, and where their layers correspond, their feature maps and filters are shown side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pixels mattered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occlusion: each network was asked again with a small square of your digit hidden, square by square. Red where hiding it lowers its confidence in its own answer, blue where it raises it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment of the last training run (train on the Train tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the other network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with {name}: {kind}, from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dense network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped plain dense network, mlp.keras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .keras model saved by Convscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the current model as it is now, to set beside what it becomes (after more training, fine-tuning or an edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both read {label}: this model {pct_a} sure, {othername} {pct_b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;They disagree&lt;/b&gt;: this model reads {label_a} ({pct_a}), {othername} reads {label_b} ({pct_b}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model&apos;s {layername}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{netname}&apos;s {layername}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layername}&apos;s filters · {n} of {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layers at the same place in both networks, with the same kind and shape of output: {n} of them. Each side has its own colour scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both networks are reading {n} test digits…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.view</name>
    <message>
        <source>Two networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with which model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment of the last run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, as at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy taken at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare the networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other network: choose one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare with that model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other network failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: why {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another network above to see its layers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another network first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other network changed meanwhile: score them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not score them: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not score the two networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST test digit #{i}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>inspect.views</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow your digit through the network, one layer at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your digit beside a second one, layer by layer: where do their paths part?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network beside another on your digit, and both on the same test digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each layer knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the network stopped at a layer, what would it say? A read-out of every layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
