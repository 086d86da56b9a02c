<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>explain.compare</name>
    <message>
        <source>In the pixels the two are {similarity} alike (1 = the same).</source>
        <translation>In den Pixeln sind sich die beiden zu {similarity} ähnlich (1 = gleich).</translation>
    </message>
    <message>
        <source>Their paths part most at {layer} ({before} → {after}), then join again ({lowest} → {end}).</source>
        <translation>Ihre Wege trennen sich am stärksten bei {layer} ({before} → {after}) und finden danach wieder zusammen ({lowest} → {end}).</translation>
    </message>
    <message>
        <source>Their paths part most at {layer} ({before} → {after}).</source>
        <translation>Ihre Wege trennen sich am stärksten bei {layer} ({before} → {after}).</translation>
    </message>
    <message>
        <source>At the output they are {similarity} alike.</source>
        <translation>In der Ausgabe sind sie sich zu {similarity} ähnlich.</translation>
    </message>
    <message>
        <source>At the output ({layer}) they are {similarity} alike.</source>
        <translation>In der Ausgabe ({layer}) sind sie sich zu {similarity} ähnlich.</translation>
    </message>
    <message>
        <source>The network tells them apart.</source>
        <translation>Das Netz kann sie auseinanderhalten.</translation>
    </message>
    <message>
        <source>To the network they are nearly the same.</source>
        <translation>Für das Netz sind sie fast gleich.</translation>
    </message>
    <message>
        <source>these two networks have no feature maps in common to show side by side (one is {kinds_a}; the other is {kinds_b}); their answers can still be compared</source>
        <translation>diese beiden Netze haben keine gemeinsamen Merkmalskarten, die sich nebeneinander zeigen ließen (das eine besteht aus {kinds_a}, das andere aus {kinds_b}); ihre Antworten lassen sich trotzdem vergleichen</translation>
    </message>
    <message>
        <source>a comparison needs two networks</source>
        <translation>für einen Vergleich braucht es zwei Netze</translation>
    </message>
</context>
<context>
    <name>explain.convolution</name>
    <message>
        <source>layer {layer} is {a_type}, not a Conv2D</source>
        <translation>Schicht {layer} ist vom Typ {type}, keine Conv2D-Schicht</translation>
    </message>
</context>
<context>
    <name>explain.dense</name>
    <message>
        <source>the model has no Dense layer</source>
        <translation>das Modell hat keine Dense-Schicht</translation>
    </message>
    <message>
        <source>layer {layer} is {a_type}, not Dense</source>
        <translation>Schicht {layer} ist vom Typ {type}, keine Dense-Schicht</translation>
    </message>
    <message>
        <source>layer {layer} receives {a_shape} map, not a vector</source>
        <translation>Schicht {layer} erhält eine Karte der Größe {shape}, keinen Vektor</translation>
    </message>
    <message>
        <source>unit {unit} is out of range: layer {layer} has {units}</source>
        <translation>Neuron {unit} gibt es nicht: Schicht {layer} hat {units}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>cannot follow the features through {layer} ({kind})</source>
        <translation>die Merkmale lassen sich nicht durch {layer} ({kind}) verfolgen</translation>
    </message>
    <message>
        <source>{layer} uses {activation}, not ReLU: its units do not split into shares</source>
        <translation>{layer} verwendet {activation}, nicht ReLU: ihre Neuronen lassen sich nicht in Anteile zerlegen</translation>
    </message>
    <message>
        <source>nothing after the Flatten layer turns the row into scores</source>
        <translation>nach der Flatten-Schicht macht keine Schicht aus der Zahlenreihe Punktwerte</translation>
    </message>
    <message>
        <source>the model has no Flatten layer: nothing is unrolled into a row</source>
        <translation>das Modell hat keine Flatten-Schicht: nichts wird zu einer Zahlenreihe abgeflacht</translation>
    </message>
</context>
<context>
    <name>explain.geometry</name>
    <message>
        <source>padding {padding} is not supported; only 'valid' and 'same'</source>
        <translation>Padding {padding} wird nicht unterstützt, nur 'valid' und 'same'</translation>
    </message>
    <message>
        <source>layer {layer} is channels-first; only channels-last works</source>
        <translation>Schicht {layer} speichert die Kanäle zuerst (channels-first); nur channels-last funktioniert</translation>
    </message>
    <message>
        <source>layer {layer} is a grouped convolution; not supported</source>
        <translation>Schicht {layer} ist eine gruppierte Faltung; das wird nicht unterstützt</translation>
    </message>
    <message>
        <source>layer {layer} has no 2-D map: {before} ({type}) before it unrolls the image, so every value there depends on the whole input</source>
        <translation>Schicht {layer} hat keine 2-D-Karte: {before} ({type}) davor rollt das Bild zu einer Reihe ab, also hängt dort jeder Wert von der ganzen Eingabe ab</translation>
    </message>
    <message>
        <source>position ({row}, {col}) is outside layer {layer}, whose maps are {height}x{width} (rows 0..{last_row}, columns 0..{last_col})</source>
        <translation>Position ({row}, {col}) liegt außerhalb von Schicht {layer}, deren Karten {height}x{width} groß sind (Zeilen 0..{last_row}, Spalten 0..{last_col})</translation>
    </message>
</context>
<context>
    <name>explain.layers</name>
    <message>
        <source>the model has no layer {layer}; its layers are: {names}</source>
        <translation>das Modell hat keine Schicht {layer}; seine Schichten sind: {names}</translation>
    </message>
    <message>
        <source>the input must be a 28x28 image, not shape {shape}</source>
        <translation>die Eingabe muss ein 28x28-Bild sein, nicht die Form {shape}</translation>
    </message>
    <message>
        <source>no activation recorded for layer {layer}</source>
        <translation>für Schicht {layer} ist keine Aktivierung aufgezeichnet</translation>
    </message>
    <message>
        <source>layer {layer} uses the activation {activation}, not one Convscope computes</source>
        <translation>Schicht {layer} verwendet die Aktivierung {activation}, die Convscope nicht berechnen kann</translation>
    </message>
    <message>
        <source>channel {channel} is out of range: layer {layer} has {channels} (0..{last})</source>
        <translation>Kanal {channel} gibt es nicht: Schicht {layer} hat {channels} (0..{last})</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>explain.patches</name>
    <message>
        <source>expected a batch of 28x28 images, not shape {shape}</source>
        <translation>erwartet wird ein Stapel von 28x28-Bildern, nicht die Form {shape}</translation>
    </message>
    <message>
        <source>k must be at least 1, not {k}</source>
        <translation>k muss mindestens 1 sein, nicht {k}</translation>
    </message>
    <message>
        <source>there are no images to search</source>
        <translation>es gibt keine Bilder zum Durchsuchen</translation>
    </message>
</context>
<context>
    <name>explain.pooling</name>
    <message>
        <source>layer {layer} is {a_type}, not a pooling layer</source>
        <translation>Schicht {layer} ist vom Typ {type}, keine Pooling-Schicht</translation>
    </message>
</context>
<context>
    <name>explain.probes</name>
    <message>
        <source>a probe needs as many labels as digits, and at least one digit</source>
        <translation>eine Sonde braucht gleich viele Beschriftungen wie Ziffern und mindestens eine Ziffer</translation>
    </message>
    <message>
        <source>stopped before the probes were trained</source>
        <translation>angehalten, bevor die Sonden trainiert waren</translation>
    </message>
    <message>
        <source>a probe needs at least {needed} training digits, not {n}</source>
        <translation>eine Sonde braucht mindestens {needed} Trainingsziffern, nicht {n}</translation>
    </message>
</context>
<context>
    <name>explain.rendering</name>
    <message>
        <source>{height}x{width} pixels at row {top}, column {left} (cut off by the image border)</source>
        <translation>{height}x{width} Pixel ab Zeile {top}, Spalte {left} (vom Bildrand abgeschnitten)</translation>
    </message>
    <message>
        <source>{height}x{width} pixels at row {top}, column {left}</source>
        <translation>{height}x{width} Pixel ab Zeile {top}, Spalte {left}</translation>
    </message>
    <message>
        <source>layer {layer}, position ({row}, {col}), channel {channel}</source>
        <translation>Schicht {layer}, Position ({row}, {col}), Kanal {channel}</translation>
    </message>
    <message>
        <source>input 28x28 ('.' marks the receptive field: {where}):</source>
        <translation>Eingabe 28x28 ('.' markiert das rezeptive Feld: {where}):</translation>
    </message>
    <message>
        <source>{kh}x{kw} filter over 1 input channel; each input value is multiplied by the weight above it and all are added</source>
        <translation>{kh}x{kw}-Filter über 1 Eingabekanal; jeder Eingabewert wird mit dem Gewicht darüber multipliziert, und alles wird addiert</translation>
    </message>
    <message>
        <source>{kh}x{kw} filter over {cin} input channels; each input value is multiplied by the weight above it and all are added</source>
        <translation>{kh}x{kw}-Filter über {cin} Eingabekanäle; jeder Eingabewert wird mit dem Gewicht darüber multipliziert, und alles wird addiert</translation>
    </message>
    <message>
        <source>(zeros in the window are padding outside the map)</source>
        <translation>(Nullen im Fenster sind Padding außerhalb der Karte)</translation>
    </message>
    <message>
        <source>input channel {k}: window</source>
        <translation>Eingabekanal {k}: Fenster</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>sum of products: {sum}</source>
        <translation>Summe der Produkte: {sum}</translation>
    </message>
    <message>
        <source>... {n} more input channels add {sum}</source>
        <translation>... {n} weitere Eingabekanäle tragen {sum} bei</translation>
    </message>
    <message>
        <source>(sum + bias = pre-activation -&gt; activation -&gt; value)</source>
        <translation>(Summe + Bias = Wert vor der Aktivierung -&gt; Aktivierung -&gt; Wert)</translation>
    </message>
    <message>
        <source>max pooling over rows {top}..{bottom}, columns {left}..{right} of the previous map:</source>
        <translation>Max-Pooling über Zeilen {top}..{bottom}, Spalten {left}..{right} der vorigen Karte:</translation>
    </message>
    <message>
        <source>average pooling over rows {top}..{bottom}, columns {left}..{right} of the previous map:</source>
        <translation>Average-Pooling (Mittelwert) über Zeilen {top}..{bottom}, Spalten {left}..{right} der vorigen Karte:</translation>
    </message>
    <message>
        <source>mean = {value}</source>
        <translation>Mittelwert = {value}</translation>
    </message>
    <message>
        <source>max = {value} at row {row}, column {col} (in brackets)</source>
        <translation>Maximum = {value} in Zeile {row}, Spalte {col} (in Klammern)</translation>
    </message>
</context>
<context>
    <name>explain.shift</name>
    <message>
        <source>the image is blank: there is no digit to shift</source>
        <translation>das Bild ist leer: es gibt keine Ziffer zum Verschieben</translation>
    </message>
</context>
<context>
    <name>explain.window</name>
    <message>
        <source>none in this model</source>
        <translation>keine in diesem Modell</translation>
    </message>
    <message>
        <source>layer {layer} is {a_type}; only convolution and pooling layers can be explained by window: {choices}</source>
        <translation>Schicht {layer} ist vom Typ {type}; nur Faltungs- und Pooling-Schichten lassen sich über ihr Fenster erklären: {choices}</translation>
    </message>
</context>
</TS>