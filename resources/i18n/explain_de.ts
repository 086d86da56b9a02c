<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>explain.compare</name>
    <message>
        <source>In the pixels the two are {similarity} alike (1 = the same).</source>
        <translation>In den Pixeln haben die beiden eine Ähnlichkeit von {similarity} (1 = gleich).</translation>
    </message>
    <message>
        <source>At the output they are {similarity} alike.</source>
        <translation>In der Ausgabe beträgt ihre Ähnlichkeit {similarity}.</translation>
    </message>
    <message>
        <source>Their paths part most at {name} ({prev} → {next}), then join again ({lowest} → {end}).</source>
        <translation>Ihre Wege trennen sich am stärksten bei {name} ({prev} → {next}) und finden danach wieder zusammen ({lowest} → {end}).</translation>
    </message>
    <message>
        <source>Their paths part most at {name} ({prev} → {next}).</source>
        <translation>Ihre Wege trennen sich am stärksten bei {name} ({prev} → {next}).</translation>
    </message>
    <message>
        <source>At the output ({name}) they are {similarity} alike.</source>
        <translation>In der Ausgabe ({name}) beträgt ihre Ähnlichkeit {similarity}.</translation>
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
        <source>layer {name} is {a_type}, not a Conv2D</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>Schicht {name} ist vom Typ {type}, keine Conv2D-Schicht</translation>
    </message>
</context>
<context>
    <name>explain.dense</name>
    <message>
        <source>the model has no Dense layer</source>
        <translation>das Modell hat keine Dense-Schicht</translation>
    </message>
    <message>
        <source>unit {unit} is out of range: layer {name} has {units}</source>
        <translation>Neuron {unit} gibt es nicht: Schicht {name} hat {units}</translation>
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
        <source>layer {name} is {a_type}, not Dense</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>Schicht {name} ist vom Typ {type}, keine Dense-Schicht</translation>
    </message>
    <message>
        <source>layer {name} receives {a_shape} map, not a vector</source>
        <extracomment>{a_shape}: the size after an English article; {shape}: the bare size</extracomment>
        <translation>Schicht {name} erhält eine Karte der Größe {shape}, keinen Vektor</translation>
    </message>
    <message>
        <source>cannot follow the features through {name} ({kind})</source>
        <translation>die Merkmale lassen sich nicht durch {name} ({kind}) verfolgen</translation>
    </message>
    <message>
        <source>{name} uses {activation}, not ReLU: its units do not split into shares</source>
        <translation>{name} verwendet {activation}, nicht ReLU: ihre Neuronen lassen sich nicht in Anteile zerlegen</translation>
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
        <source>padding {padding} is not supported; only &apos;valid&apos; and &apos;same&apos;</source>
        <translation>Padding {padding} wird nicht unterstützt, nur &apos;valid&apos; und &apos;same&apos;</translation>
    </message>
    <message>
        <source>layer {name} is channels-first; only channels-last works</source>
        <translation>Schicht {name} speichert die Kanäle zuerst (channels-first); nur channels-last funktioniert</translation>
    </message>
    <message>
        <source>layer {name} is a grouped convolution; not supported</source>
        <translation>Schicht {name} ist eine gruppierte Faltung; das wird nicht unterstützt</translation>
    </message>
    <message>
        <source>layer {name} has no 2-D map: {prev} ({type}) before it unrolls the image, so every value there depends on the whole input</source>
        <translation>Schicht {name} hat keine 2-D-Karte: {prev} ({type}) davor rollt das Bild zu einer Reihe ab, also hängt dort jeder Wert von der ganzen Eingabe ab</translation>
    </message>
    <message>
        <source>position ({row}, {col}) is outside layer {name}, whose maps are {height}x{width} (rows 0..{last_row}, columns 0..{last_col})</source>
        <translation>Position ({row}, {col}) liegt außerhalb von Schicht {name}, deren Karten {height}x{width} groß sind (Zeilen 0..{last_row}, Spalten 0..{last_col})</translation>
    </message>
</context>
<context>
    <name>explain.layers</name>
    <message>
        <source>the input must be a 28x28 image, not shape {shape}</source>
        <translation>die Eingabe muss ein 28x28-Bild sein, nicht die Form {shape}</translation>
    </message>
    <message>
        <source>the model has no layer {name}; its layers are: {names}</source>
        <translation>das Modell hat keine Schicht {name}; seine Schichten sind: {names}</translation>
    </message>
    <message>
        <source>no activation recorded for layer {name}</source>
        <translation>für Schicht {name} ist keine Aktivierung aufgezeichnet</translation>
    </message>
    <message>
        <source>layer {name} uses the activation {activation}, not one Convscope computes</source>
        <translation>Schicht {name} verwendet die Aktivierung {activation}, die Convscope nicht berechnen kann</translation>
    </message>
    <message>
        <source>channel {channel} is out of range: layer {name} has {channels} (0..{last})</source>
        <translation>Kanal {channel} gibt es nicht: Schicht {name} hat {channels} (0..{last})</translation>
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
        <source>layer {name} is {a_type}, not a pooling layer</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>Schicht {name} ist vom Typ {type}, keine Pooling-Schicht</translation>
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
        <source>layer {name}, position ({row}, {col}), channel {channel}</source>
        <translation>Schicht {name}, Position ({row}, {col}), Kanal {channel}</translation>
    </message>
    <message>
        <source>input 28x28 (&apos;.&apos; marks the receptive field: {box}):</source>
        <translation>Eingabe 28x28 (&apos;.&apos; markiert das rezeptive Feld: {box}):</translation>
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
        <source>mean = {x}</source>
        <translation>Mittelwert = {x}</translation>
    </message>
    <message>
        <source>max = {x} at row {row}, column {col} (in brackets)</source>
        <translation>Maximum = {x} in Zeile {row}, Spalte {col} (in Klammern)</translation>
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
        <source>layer {name} is {a_type}; only convolution and pooling layers can be explained by window: {choices}</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>Schicht {name} ist vom Typ {type}; nur Faltungs- und Pooling-Schichten lassen sich über ihr Fenster erklären: {choices}</translation>
    </message>
</context>
<context>
    <name>export.handout</name>
    <message>
        <source>as recorded in the model file</source>
        <translation>laut Modelldatei</translation>
    </message>
    <message>
        <source>no test digits ({reason})</source>
        <translation>keine Testziffern ({reason})</translation>
    </message>
    <message>
        <source>measured just now</source>
        <translation>gerade eben gemessen</translation>
    </message>
    <message>
        <source>Convscope lesson handout, made {moment} from {source}.</source>
        <translation>Convscope-Arbeitsblatt, erstellt am {moment} aus {source}.</translation>
    </message>
    <message>
        <source>Convscope lesson handout, made {moment}.</source>
        <translation>Convscope-Arbeitsblatt, erstellt am {moment}.</translation>
    </message>
    <message>
        <source>{filename}: save a handout as .html</source>
        <translation>{filename}: speichere ein Arbeitsblatt als .html</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {reason}</source>
        <translation>in {directory} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write {filename}: {reason}</source>
        <translation>{filename} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>How the network {name} reads a handwritten digit</source>
        <translation>Wie das Netz {name} eine handgeschriebene Ziffer liest</translation>
    </message>
    <message>
        <source>Print this page, or save it as PDF from the browser&apos;s print dialog; drag any picture into your slides.</source>
        <translation>Drucke diese Seite aus oder speichere sie im Druckdialog des Browsers als PDF; jedes Bild kannst du direkt in deine Folien ziehen.</translation>
    </message>
    <message>
        <source>Convscope handout: {name}</source>
        <translation>Convscope-Arbeitsblatt: {name}</translation>
    </message>
</context>
<context>
    <name>export.replay</name>
    <message>
        <source>there is no training run to replay: train a model on the Train tab</source>
        <translation>es gibt keinen Trainingslauf zum Abspielen: trainiere ein Modell im Tab Trainieren</translation>
    </message>
    <message>
        <source>snapshot {n} ({moment}) does not fit: {reason}</source>
        <translation>Zwischenstand {n} ({moment}) passt nicht: {reason}</translation>
    </message>
    <message>
        <source>Training replay: {moment}</source>
        <translation>Training im Rückblick: {moment}</translation>
    </message>
    <message>
        <source>The same digit through the network as it was at each moment of its training run: its first filters, what they find in the digit, and its answer.</source>
        <translation>Dieselbe Ziffer, gelesen vom Netz, wie es zu jedem Zeitpunkt seines Trainings war: seine ersten Filter, was sie in der Ziffer finden, und seine Antwort.</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Deine Ziffer</translation>
    </message>
    <message>
        <source>Its answer</source>
        <translation>Seine Antwort</translation>
    </message>
    <message>
        <source>Snapshot {n} of {total}</source>
        <translation>Zwischenstand {n} von {total}</translation>
    </message>
    <message>
        <source>First layer ({name}): filters and their maps</source>
        <translation>Erste Schicht ({name}): Filter und ihre Karten</translation>
    </message>
    <message>
        <source>First layer ({name}): first units&apos; weights</source>
        <translation>Erste Schicht ({name}): Neuronengewichte</translation>
    </message>
</context>
<context>
    <name>export.sections</name>
    <message>
        <source>In the app&apos;s words: not sure, {label} or {runner}?</source>
        <extracomment>digits come with their article (model.words.with_article): &quot;a 7&quot;, &quot;eine 7&quot;, &quot;un 7&quot;</extracomment>
        <translation>In den Worten der App: unsicher, {label} oder {runner}?</translation>
    </message>
    <message>
        <source>In the app&apos;s words: this may not be a digit.</source>
        <translation>In den Worten der App: Das ist vielleicht keine Ziffer.</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>ziemlich sicher</translation>
    </message>
    <message>
        <source>In the app&apos;s words: {kind}.</source>
        <translation>In den Worten der App: {kind}.</translation>
    </message>
    <message>
        <source>the digit, 28 by 28 pixels</source>
        <translation>die Ziffer, 28 mal 28 Pixel</translation>
    </message>
    <message>
        <source>the answer for each digit</source>
        <translation>die Antwort für jede Ziffer</translation>
    </message>
    <message>
        <source>Your digit and the answer</source>
        <translation>Deine Ziffer und die Antwort</translation>
    </message>
    <message>
        <source>The network sees your digit as 28×28 brightness values (left). It gives every digit a probability (right) and answers {guess}, {sure} % sure. {verdict}</source>
        <extracomment>digits come with their article (model.words.with_article): &quot;a 7&quot;, &quot;eine 7&quot;, &quot;un 7&quot;</extracomment>
        <translation>Das Netz sieht deine Ziffer als 28×28 Helligkeitswerte (links). Es gibt jeder Ziffer eine Wahrscheinlichkeit (rechts) und liest {guess}, zu {sure} % sicher. {verdict}</translation>
    </message>
    <message>
        <source>slides {filters} filters of {k} over its input: one feature map per filter</source>
        <translation>lässt {filters} Filter der Größe {k} über ihre Eingabe gleiten: eine Merkmalskarte pro Filter</translation>
    </message>
    <message>
        <source>keeps the largest value of each {k} window: smaller maps, more tolerance</source>
        <translation>behält den größten Wert jedes {k}-Fensters: kleinere Karten, mehr Toleranz</translation>
    </message>
    <message>
        <source>keeps the mean of each {k} window: smaller maps</source>
        <translation>behält den Mittelwert jedes {k}-Fensters: kleinere Karten</translation>
    </message>
    <message>
        <source>rescales each map to a steady range, which helps training</source>
        <translation>bringt jede Karte auf einen gleichmäßigen Wertebereich; das hilft beim Training</translation>
    </message>
    <message>
        <source>unrolls the stack of maps into one long row of features</source>
        <translation>rollt den Stapel von Karten zu einer langen Reihe von Merkmalen ab</translation>
    </message>
    <message>
        <source>switches off random values while training; does nothing when reading</source>
        <translation>schaltet beim Training zufällig Werte ab; beim Lesen tut sie nichts</translation>
    </message>
    <message>
        <source>applies its activation to every value</source>
        <translation>wendet ihre Aktivierung auf jeden Wert an</translation>
    </message>
    <message>
        <source>combines all its inputs into {units} scores</source>
        <translation>verrechnet alle ihre Eingaben zu {units} Punktwerten</translation>
    </message>
    <message>
        <source>gives one score per digit, 0 to 9: the highest is the answer</source>
        <translation>gibt jeder Ziffer von 0 bis 9 einen Punktwert: der höchste ist die Antwort</translation>
    </message>
    <message>
        <source>passes its input on, changed</source>
        <translation>gibt ihre Eingabe verändert weiter</translation>
    </message>
    <message>
        <source>its</source>
        <translation>ihre</translation>
    </message>
    <message>
        <source>several</source>
        <translation>mehrere</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The network, layer by layer</source>
        <translation>Das Netz, Schicht für Schicht</translation>
    </message>
    <message>
        <source>{nlayers} and {parameters} (weights and biases), all learned from examples. The digit goes through them from top to bottom.</source>
        <translation>{nlayers} und {parameters} (Gewichte und Bias-Werte), alle aus Beispielen gelernt. Die Ziffer durchläuft sie von oben nach unten.</translation>
    </message>
    <message>
        <source>{percent} % of {ndigits} read correctly ({source}). The test digits were kept apart during training, so this is how the network does on handwriting it has never seen.</source>
        <translation>{percent} % von {ndigits} richtig gelesen ({source}). Die Testziffern wurden beim Training beiseitegelegt; so gut schlägt sich das Netz also bei Handschrift, die es noch nie gesehen hat.</translation>
    </message>
    <message>
        <source>The most common mistake: {true} read as {got} ({times}).</source>
        <extracomment>digits come with their article (model.words.with_article): &quot;a 7&quot;, &quot;eine 7&quot;, &quot;un 7&quot;</extracomment>
        <translation>Der häufigste Fehler: {true}, gelesen als {got} ({times}).</translation>
    </message>
    <message>
        <source>output of {name}</source>
        <translation>Ausgabe von {name}</translation>
    </message>
    <message>
        <source>Each of the {filters} of {name} is a {k}×{k} grid of weights: red weights add, blue ones subtract. A filter responds where the digit looks like it: an edge, a stroke in one direction.</source>
        <translation>Jeder der {filters} von {name} ist ein {k}×{k}-Gitter aus Gewichten: Rote Gewichte addieren, blaue ziehen ab. Ein Filter reagiert dort, wo die Ziffer ihm ähnelt: an einer Kante, an einem Strich in eine bestimmte Richtung.</translation>
    </message>
    <message>
        <source>{name} has no filters: each unit weighs all 784 pixels at once. Here are the weights of its first {units} as 28×28 pictures: red adds, blue subtracts.</source>
        <translation>{name} hat keine Filter: Jedes Neuron gewichtet alle 784 Pixel auf einmal. Hier sind die Gewichte ihrer ersten {units} als 28×28-Bilder: Rot addiert, Blau zieht ab.</translation>
    </message>
    <message>
        <source>the weights of {name}</source>
        <translation>die Gewichte von {name}</translation>
    </message>
    <message>
        <source>Not measured: {reason}</source>
        <translation>Nicht gemessen: {reason}</translation>
    </message>
    <message>
        <source>test digit</source>
        <translation>Testziffer</translation>
    </message>
    <message>
        <source>test digits</source>
        <translation>Testziffern</translation>
    </message>
    <message>
        <source>How often it is right</source>
        <translation>Wie oft es richtig liegt</translation>
    </message>
    <message>
        <source>Which digits it mixes up</source>
        <translation>Welche Ziffern es verwechselt</translation>
    </message>
    <message>
        <source>Not available: the test digits could not be read.</source>
        <translation>Nicht verfügbar: Die Testziffern konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>It made no mistakes.</source>
        <translation>Es hat keinen einzigen Fehler gemacht.</translation>
    </message>
    <message>
        <source>true \ read as</source>
        <translation>richtig \ gelesen als</translation>
    </message>
    <message>
        <source>Each row is the true digit, each column the network&apos;s answer. The green diagonal counts the digits read right; every other number is a mistake, shaded darker the more often it happens. {worst}</source>
        <translation>Jede Zeile ist die richtige Ziffer, jede Spalte die Antwort des Netzes. Die grüne Diagonale zählt die richtig gelesenen Ziffern; jede andere Zahl ist ein Fehler, umso dunkler, je häufiger er vorkommt. {worst}</translation>
    </message>
    <message>
        <source>What each layer made of your digit. A tile is one feature map: bright where its filter found its pattern. After Flatten, each square is one value of the long row; the last layer&apos;s squares are the ten scores.</source>
        <translation>Was jede Schicht aus deiner Ziffer gemacht hat. Eine Kachel ist eine Merkmalskarte: hell, wo ihr Filter sein Muster gefunden hat. Nach Flatten ist jedes Quadrat ein Wert der langen Reihe; die Quadrate der letzten Schicht sind die zehn Punktwerte.</translation>
    </message>
    <message>
        <source>Your digit through every layer</source>
        <translation>Deine Ziffer durch alle Schichten</translation>
    </message>
    <message>
        <source>The first layer&apos;s filters</source>
        <translation>Die Filter der ersten Schicht</translation>
    </message>
    <message>
        <source>This network has none.</source>
        <translation>Dieses Netz hat keine.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Neuronen</translation>
    </message>
</context>
<context>
    <name>export.slide</name>
    <message>
        <source>this network has no convolution layer, so there is no filter to slide</source>
        <translation>dieses Netz hat keine Faltungsschicht, also gibt es keinen Filter zum Verschieben</translation>
    </message>
    <message>
        <source>an animation needs at least one frame, not {frames}</source>
        <translation>eine Animation braucht mindestens ein Bild, nicht {frames}</translation>
    </message>
    <message>
        <source>{name} is not a convolution layer; try one of {names}</source>
        <translation>{name} ist keine Faltungsschicht; nimm eine von: {names}</translation>
    </message>
    <message>
        <source>{name} has filters 0 to {last}, not {channel}</source>
        <translation>{name} hat die Filter 0 bis {last}, nicht {channel}</translation>
    </message>
    <message>
        <source>Slide the filter: {name}, filter {channel}</source>
        <translation>Filter verschieben: {name}, Filter {channel}</translation>
    </message>
    <message>
        <source>The {kh}×{kw} filter multiplies the window under it by its weights and adds them up, plus a bias: one value of the feature map. Green: the pixels this value sees.</source>
        <translation>Der {kh}×{kw}-Filter multipliziert das Fenster unter sich mit seinen Gewichten und addiert alles, plus Bias: ein Wert der Merkmalskarte. Grün: die Pixel, die dieser Wert sieht.</translation>
    </message>
    <message>
        <source>Your digit, 28×28</source>
        <translation>Deine Ziffer, 28×28</translation>
    </message>
    <message>
        <source>Feature map being built, {h}×{w}</source>
        <translation>Merkmalskarte im Aufbau, {h}×{w}</translation>
    </message>
    <message>
        <source>Row {row}, column {col}: sum {sum} {sign} bias {bias} = {pre} → {activation} → {x}</source>
        <translation>Zeile {row}, Spalte {col}: Summe {sum} {sign} Bias {bias} = {pre} → {activation} → {x}</translation>
    </message>
    <message>
        <source>Filter weights</source>
        <translation>Filtergewichte</translation>
    </message>
    <message>
        <source>red adds, blue subtracts</source>
        <translation>Rot addiert, Blau zieht ab</translation>
    </message>
    <message>
        <source>(input channel {k} of {depth})</source>
        <translation>(Eingabekanal {k} von {depth})</translation>
    </message>
</context>
<context>
    <name>export.sweep</name>
    <message>
        <source>moving the digit sideways</source>
        <translation>die Ziffer seitlich verschieben</translation>
    </message>
    <message>
        <source>turning the digit</source>
        <translation>die Ziffer drehen</translation>
    </message>
    <message>
        <source>shrinking and enlarging the digit</source>
        <translation>die Ziffer verkleinern und vergrößern</translation>
    </message>
    <message>
        <source>thinner and thicker strokes</source>
        <translation>dünnere und dickere Striche</translation>
    </message>
    <message>
        <source>adding noise</source>
        <translation>Rauschen hinzufügen</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>nicht verschoben</translation>
    </message>
    <message>
        <source>moved {px} px right</source>
        <translation>um {px} px nach rechts verschoben</translation>
    </message>
    <message>
        <source>moved {px} px left</source>
        <translation>um {px} px nach links verschoben</translation>
    </message>
    <message>
        <source>not turned</source>
        <translation>nicht gedreht</translation>
    </message>
    <message>
        <source>turned {degrees}° anticlockwise</source>
        <translation>um {degrees}° nach links gedreht</translation>
    </message>
    <message>
        <source>turned {degrees}° clockwise</source>
        <translation>um {degrees}° nach rechts gedreht</translation>
    </message>
    <message>
        <source>{times} times its size</source>
        <translation>{times}-mal so groß</translation>
    </message>
    <message>
        <source>strokes as drawn</source>
        <translation>Striche wie gezeichnet</translation>
    </message>
    <message>
        <source>strokes {px} px on each side</source>
        <translation>Striche {px} px auf jeder Seite</translation>
    </message>
    <message>
        <source>noise {amount}</source>
        <translation>Rauschen {amount}</translation>
    </message>
    <message>
        <source>no sweep called {sweep}; try one of {names}</source>
        <translation>es gibt keinen Durchlauf namens {sweep}; nimm einen von: {names}</translation>
    </message>
    <message>
        <source>a sweep needs at least 2 frames, not {frames}</source>
        <translation>ein Durchlauf braucht mindestens 2 Bilder, nicht {frames}</translation>
    </message>
    <message>
        <source>there is no network to answer</source>
        <translation>es gibt kein Netz, das antworten könnte</translation>
    </message>
    <message>
        <source>Robustness: {topic}</source>
        <translation>Robustheit: {topic}</translation>
    </message>
    <message>
        <source>The digit changes a little more in every frame; the bars show what each network answers. A network that keeps its answer copes with digits written that way.</source>
        <translation>Die Ziffer verändert sich von Bild zu Bild ein wenig mehr; die Balken zeigen, was jedes Netz antwortet. Ein Netz, das bei seiner Antwort bleibt, kommt mit so geschriebenen Ziffern zurecht.</translation>
    </message>
</context>
<context>
    <name>export.writer</name>
    <message>
        <source>{filename}: save an animation as .gif or .webp</source>
        <translation>{filename}: speichere eine Animation als .gif oder .webp</translation>
    </message>
    <message>
        <source>there are no frames to write</source>
        <translation>es gibt keine Bilder zum Schreiben</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {reason}</source>
        <translation>in {directory} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write {filename}: {reason}</source>
        <translation>{filename} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
</TS>
