<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>inspect.compare.layer_curve</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>inspect.export</name>
    <message>
        <source>{name}: export as .png or .svg</source>
        <translation>{name}: bitte als .png oder .svg exportieren</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>{path} kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>inspect.knows.readout_row</name>
    <message>
        <source>{pct} % of test digits</source>
        <translation>{pct} % der Testziffern</translation>
    </message>
    <message>
        <source>would say &lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{pct} % sure</source>
        <translation>würde &lt;b&gt;{label}&lt;/b&gt; sagen&lt;br&gt;zu {pct} % sicher</translation>
    </message>
</context>
<context>
    <name>inspect.knows.view</name>
    <message>
        <source>Stop the network after a layer and let the simplest reader there is, a straight line (a logistic regression), read the digit off what that layer computed: how often is it right? Each read-out learns from the layer&apos;s outputs for training digits and is scored on test digits it never saw. The raw pixels are the baseline: what a straight line reads before the network does anything.</source>
        <translation>Halte das Netz nach einer Schicht an und lass den einfachsten Leser, den es gibt, eine Gerade (eine logistische Regression), die Ziffer aus dem ablesen, was diese Schicht berechnet hat: Wie oft liegt sie richtig? Jede Auslese lernt aus den Ausgaben der Schicht für Trainingsziffern und wird auf Testziffern bewertet, die sie nie gesehen hat. Die rohen Pixel sind der Vergleichswert: was eine Gerade abliest, bevor das Netz irgendetwas tut.</translation>
    </message>
    <message>
        <source>What each layer knows</source>
        <translation>Was jede Schicht weiß</translation>
    </message>
    <message>
        <source>Train the read-outs</source>
        <translation>Auslesen trainieren</translation>
    </message>
    <message>
        <source>Train the read-outs of every layer again, in the background</source>
        <translation>Die Auslesen aller Schichten neu trainieren, im Hintergrund</translation>
    </message>
    <message>
        <source>How well each layer can be read</source>
        <translation>Wie gut sich jede Schicht ablesen lässt</translation>
    </message>
    <message>
        <source>% read correctly</source>
        <translation>% richtig abgelesen</translation>
    </message>
    <message>
        <source>What each layer would say of your digit</source>
        <translation>Was jede Schicht zu deiner Ziffer sagen würde</translation>
    </message>
    <message>
        <source>The weights changed: new read-outs follow…</source>
        <translation>Die Gewichte haben sich geändert: neue Auslesen folgen…</translation>
    </message>
    <message>
        <source>Training a read-out for every layer on {n} training digits (in the background; about ten seconds for the shipped model)…</source>
        <translation>Für jede Schicht wird eine Auslese auf {n} Trainingsziffern trainiert (im Hintergrund; etwa zehn Sekunden beim mitgelieferten Modell)…</translation>
    </message>
    <message>
        <source>No read-outs: {message}</source>
        <translation>Keine Auslesen: {message}</translation>
    </message>
    <message>
        <source> Trained in {seconds} s.</source>
        <translation> In {seconds} s trainiert.</translation>
    </message>
    <message>
        <source>The read-outs could not be trained: {message}</source>
        <translation>Die Auslesen konnten nicht trainiert werden: {message}</translation>
    </message>
    <message>
        <source>Could not train the read-outs</source>
        <translation>Die Auslesen konnten nicht trainiert werden</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>{kind}, output {shape}</source>
        <translation>{kind}, Ausgabe {shape}</translation>
    </message>
    <message>
        <source>Each read-out learned from {n_train} training digits and was scored on {n_test} test digits.</source>
        <translation>Jede Auslese hat aus {n_train} Trainingsziffern gelernt und wurde auf {n_test} Testziffern bewertet.</translation>
    </message>
    <message>
        <source>raw pixels {pct} %</source>
        <translation>rohe Pixel {pct} %</translation>
    </message>
    <message>
        <source>A straight line reads {pixels} % of the test digits off the raw pixels and {last} % off the output.</source>
        <translation>Eine Gerade liest {pixels} % der Testziffern richtig aus den rohen Pixeln ab und {last} % aus der Ausgabe.</translation>
    </message>
    <message>
        <source>A straight line reads {pixels} % of the test digits off the raw pixels and {last} % off the output ({layername}).</source>
        <translation>Eine Gerade liest {pixels} % der Testziffern richtig aus den rohen Pixeln ab und {last} % aus der Ausgabe ({layername}).</translation>
    </message>
    <message>
        <source> The best read-out is {layername}&apos;s ({pct} %).</source>
        <translation> Am besten ist die Auslese von {layername} ({pct} %).</translation>
    </message>
    <message>
        <source>The network answers {label}. No read-out says so. ({n} read-outs, input first.)</source>
        <translation>Das Netz liest {label}. Keine Auslese sagt das. ({n} Auslesen, die Eingabe zuerst.)</translation>
    </message>
    <message>
        <source>The network answers {label}. The first read-out to say so is {layername}&apos;s. ({n} read-outs, input first.)</source>
        <translation>Das Netz liest {label}. Die erste Auslese, die das sagt, ist die von {layername}. ({n} Auslesen, die Eingabe zuerst.)</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see what each layer would say of it.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer, um zu sehen, was jede Schicht dazu sagen würde.</translation>
    </message>
    <message>
        <source>The read-outs appear here once they are trained.</source>
        <translation>Die Auslesen erscheinen hier, sobald sie trainiert sind.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.explanations</name>
    <message>
        <source>This value</source>
        <translation>Dieser Wert</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schieben</translation>
    </message>
    <message>
        <source>Top patches</source>
        <translation>Top-Muster</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Pixels in a row</source>
        <translation>Pixelreihe</translation>
    </message>
</context>
<context>
    <name>inspect.layers.filters_card</name>
    <message>
        <source>Filters of this layer</source>
        <translation>Filter dieser Schicht</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>No weights here</source>
        <translation>Hier gibt es keine Gewichte</translation>
    </message>
    <message>
        <source>The input is just the picture: nothing learned.</source>
        <translation>Die Eingabe ist nur das Bild: Hier wird nichts gelernt.</translation>
    </message>
    <message>
        <source>Pooling learns nothing: it only keeps the largest (or average) value of each {size} window.</source>
        <translation>Pooling lernt nichts: Es behält nur den größten (oder den mittleren) Wert jedes {size}-Fensters.</translation>
    </message>
    <message>
        <source>{kind} has no filters to show.</source>
        <translation>{kind} hat keine Filter, die man zeigen könnte.</translation>
    </message>
    <message>
        <source>The 1 filter of {layername} ({kh}×{kw})</source>
        <translation>Der eine Filter von {layername} ({kh}×{kw})</translation>
    </message>
    <message>
        <source>The {n} filters of {layername} ({kh}×{kw})</source>
        <translation>Die {n} Filter von {layername} ({kh}×{kw})</translation>
    </message>
    <message>
        <source>Filter {channel} of {layername}: {n} slices of {kh}×{kw}</source>
        <translation>Filter {channel} von {layername}: {n} Scheiben zu {kh}×{kw}</translation>
    </message>
    <message>
        <source>What {layername}&apos;s units look at</source>
        <translation>Worauf die Einheiten von {layername} schauen</translation>
    </message>
    <message>
        <source>Weights of {layername}: {inputs} × {units}</source>
        <translation>Gewichte von {layername}: {inputs} × {units}</translation>
    </message>
    <message>
        <source>Each tile is one filter: red weights count the pixel under them, blue ones count against. Click one to see its map.</source>
        <translation>Jede Kachel ist ein Filter: Rote Gewichte zählen das Pixel darunter positiv, blaue dagegen. Klicke auf einen, um seine Merkmalskarte zu sehen.</translation>
    </message>
    <message>
        <source>This filter looks at all {n} maps of the layer before at once: one {kh}×{kw} slice of weights per map (tile 0 = map 0).</source>
        <translation>Dieser Filter schaut gleichzeitig auf alle {n} Karten der vorigen Schicht: eine {kh}×{kw}-Scheibe aus Gewichten pro Karte (Kachel 0 = Karte 0).</translation>
    </message>
    <message>
        <source>Each unit has one weight per pixel: its weights drawn as a 28×28 picture (first {shown} of {units}). A unit fires on digits that light up its red pixels, at exactly those places.</source>
        <translation>Jede Einheit hat ein Gewicht pro Pixel: Ihre Gewichte sind als 28×28-Bild gezeichnet (die ersten {shown} von {units}). Eine Einheit feuert bei Ziffern, die ihre roten Pixel aufleuchten lassen, genau an diesen Stellen.</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Eingang</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} Eingänge</translation>
    </message>
    <message>
        <source>One row per unit, one column per input: the weight that input gets in the unit&apos;s sum.</source>
        <translation>Eine Zeile pro Einheit, eine Spalte pro Eingang: das Gewicht, mit dem dieser Eingang in die Summe der Einheit eingeht.</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} Einheiten</translation>
    </message>
</context>
<context>
    <name>inspect.layers.inspector</name>
    <message>
        <source>Could not explain this</source>
        <translation>Das ließ sich nicht erklären</translation>
    </message>
</context>
<context>
    <name>inspect.layers.maps_card</name>
    <message>
        <source>one per filter</source>
        <translation>eine pro Filter</translation>
    </message>
    <message>
        <source>each conv map shrunk by max pooling</source>
        <translation>jede Faltungskarte durch Max-Pooling verkleinert</translation>
    </message>
    <message>
        <source>each map shrunk by averaging</source>
        <translation>jede Karte durch Mittelwertbildung verkleinert</translation>
    </message>
    <message>
        <source>rescaled so each channel has a steady range</source>
        <translation>so umskaliert, dass jeder Kanal einen gleichmäßigen Wertebereich hat</translation>
    </message>
    <message>
        <source>Feature maps of this layer</source>
        <translation>Merkmalskarten dieser Schicht</translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation>Noch nichts zu untersuchen</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab (or pick a random test digit there); every layer&apos;s output for it appears here.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer (oder wähle dort eine zufällige Testziffer); die Ausgabe jeder Schicht dafür erscheint hier.</translation>
    </message>
    <message>
        <source>The input: your digit as 28×28 numbers</source>
        <translation>Die Eingabe: deine Ziffer als 28×28 Zahlen</translation>
    </message>
    <message>
        <source>0 is black, 1 is white. This is all the network gets. Pick a layer above to follow it through.</source>
        <translation>0 ist schwarz, 1 ist weiß. Mehr bekommt das Netz nicht. Wähle oben eine Schicht, um ihr zu folgen.</translation>
    </message>
    <message>
        <source>{layername}: 1 feature map of {h}×{w}</source>
        <translation>{layername}: 1 Merkmalskarte mit {h}×{w}</translation>
    </message>
    <message>
        <source>{layername}: {n} feature maps of {h}×{w}</source>
        <translation>{layername}: {n} Merkmalskarten mit {h}×{w}</translation>
    </message>
    <message>
        <source>{layername}: 1 number in a row</source>
        <translation>{layername}: 1 Zahl in einer Reihe</translation>
    </message>
    <message>
        <source>{layername}: {n} numbers in a row</source>
        <translation>{layername}: {n} Zahlen in einer Reihe</translation>
    </message>
    <message>
        <source>The probability of each digit, 0 to 9 from left to right (softmax of the ten scores, see Decide); the highest is the answer: {label}.</source>
        <translation>Die Wahrscheinlichkeit jeder Ziffer, 0 bis 9 von links nach rechts (Softmax der zehn Punktwerte, siehe „Entscheiden“); die höchste ist die Antwort: {label}.</translation>
    </message>
    <message>
        <source>One score per digit, 0 to 9 from left to right; the highest is the answer: {label}.</source>
        <translation>Ein Punktwert pro Ziffer, 0 bis 9 von links nach rechts; der höchste ist die Antwort: {label}.</translation>
    </message>
    <message>
        <source>{kind}, {maps}. Click any value to see how it was computed; hover to read it.</source>
        <translation>{kind}, {maps}. Klicke auf einen Wert, um zu sehen, wie er berechnet wurde; fahre mit der Maus darüber, um ihn abzulesen.</translation>
    </message>
    <message>
        <source>{kind}, {maps}. Hover over a value to read it.</source>
        <translation>{kind}, {maps}. Fahre mit der Maus über einen Wert, um ihn abzulesen.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>0 = black</source>
        <translation>0 = schwarz</translation>
    </message>
    <message>
        <source>{kind}: a vector, no longer a picture (shown wrapped, {width} per line). Hover to read a value.</source>
        <translation>{kind}: ein Vektor, kein Bild mehr (umbrochen dargestellt, {width} pro Zeile). Fahre mit der Maus über einen Wert, um ihn abzulesen.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.conv_value</name>
    <message>
        <source>Click a value of a convolution&apos;s feature map</source>
        <translation>Klicke auf einen Wert einer Merkmalskarte der Faltung</translation>
    </message>
    <message>
        <source>A filter is a small grid of weights. It sits on a window of its input; each input value is multiplied by the weight on top of it and everything is added up, plus a bias. That one number becomes one pixel of the feature map.</source>
        <translation>Ein Filter ist ein kleines Gitter aus Gewichten. Er liegt auf einem Fenster seiner Eingabe; jeder Eingabewert wird mit dem Gewicht darüber multipliziert, und alles wird addiert, plus ein Bias. Diese eine Zahl wird ein Pixel der Merkmalskarte.</translation>
    </message>
    <message>
        <source>▶ Slide the filter</source>
        <translation>▶ Filter wandern lassen</translation>
    </message>
    <message>
        <source>Move the filter over every position and watch the feature map being built, value by value</source>
        <translation>Den Filter über jede Position schieben und zusehen, wie die Merkmalskarte Wert für Wert entsteht</translation>
    </message>
    <message>
        <source>Input 28×28, green: what this value sees</source>
        <translation>Eingabe 28×28, grün: was dieser Wert sieht</translation>
    </message>
    <message>
        <source>This feature map being built</source>
        <translation>Diese Merkmalskarte entsteht</translation>
    </message>
    <message>
        <source>Which input channel&apos;s window and weights to show</source>
        <translation>Fenster und Gewichte welches Eingabekanals gezeigt werden</translation>
    </message>
    <message>
        <source>Input channel shown:</source>
        <translation>Gezeigter Eingabekanal:</translation>
    </message>
    <message>
        <source>Window of the input</source>
        <translation>Fenster der Eingabe</translation>
    </message>
    <message>
        <source>Filter weights</source>
        <translation>Gewichte des Filters</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>{layername}, filter {channel}: row {row}, column {col}</source>
        <translation>{layername}, Filter {channel}: Zeile {row}, Spalte {col}</translation>
    </message>
    <message>
        <source>{channel}  (adds {number})</source>
        <translation>{channel}  (trägt {number} bei)</translation>
    </message>
    <message>
        <source>Window of {layername}, channel {channel}</source>
        <translation>Fenster von {layername}, Kanal {channel}</translation>
    </message>
    <message>
        <source>The sum is negative ({number}), so ReLU clamps it to 0: this filter found nothing it is looking for here.</source>
        <translation>Die Summe ist negativ ({number}), also setzt ReLU sie auf 0: Dieser Filter hat hier nichts von dem gefunden, wonach er sucht.</translation>
    </message>
    <message>
        <source>The filter is {n} layers deep: one {h}×{w}-pixel view per input channel. Each channel&apos;s products add up to one number (below, channel 0 first, row by row; hover to read it); the {n} sums added together give the total.</source>
        <translation>Der Filter ist {n} Lagen tief: ein Ausschnitt von {h}×{w} Pixeln pro Eingabekanal. Die Produkte jedes Kanals ergeben zusammen eine Zahl (unten, Kanal 0 zuerst, Zeile für Zeile; fahre mit der Maus darüber, um sie abzulesen); die {n} Summen zusammen ergeben das Gesamtergebnis.</translation>
    </message>
    <message>
        <source>Window of the input (0 = black, 1 = white)</source>
        <translation>Fenster der Eingabe (0 = schwarz, 1 = weiß)</translation>
    </message>
    <message>
        <source>The {n} products add up to {total}, the sum of products below.</source>
        <translation>Die {n} Produkte ergeben zusammen {total}, die Summe der Produkte unten.</translation>
    </message>
    <message>
        <source>Channel {channel}&apos;s {n} products add up to {total}, its share of the sum below.</source>
        <translation>Die {n} Produkte von Kanal {channel} ergeben zusammen {total}, seinen Anteil an der Summe unten.</translation>
    </message>
    <message>
        <source>sum of products &lt;b&gt;{total}&lt;/b&gt; {sign} bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</source>
        <translation>Summe der Produkte &lt;b&gt;{total}&lt;/b&gt; {sign} Bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>sum over the {n} channels &lt;b&gt;{total}&lt;/b&gt; {sign} bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</source>
        <translation>Summe über die {n} Kanäle &lt;b&gt;{total}&lt;/b&gt; {sign} Bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Numbers are rounded to {n} decimals; the products are rounded so that they add up exactly to the sums shown.</source>
        <translation>Die Zahlen sind auf {n} Nachkommastellen gerundet; die Produkte sind so gerundet, dass sie genau die gezeigten Summen ergeben.</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Anhalten</translation>
    </message>
    <message>
        <source>The sum is positive, so ReLU lets it through unchanged: the filter found some of its pattern here.</source>
        <translation>Die Summe ist positiv, also lässt ReLU sie unverändert durch: Der Filter hat hier etwas von seinem Muster gefunden.</translation>
    </message>
    <message>
        <source>This layer has no activation of its own; the next layers (batch normalisation, then ReLU) act on this number.</source>
        <translation>Diese Schicht hat keine eigene Aktivierung; die nächsten Schichten (Batch-Normalisierung, dann ReLU) wirken auf diese Zahl.</translation>
    </message>
    <message>
        <source>The {act} activation turns the sum into the value.</source>
        <translation>Die Aktivierung {act} macht aus der Summe den Wert.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.decide</name>
    <message>
        <source>Flatten, then decide</source>
        <translation>Abflachen, dann entscheiden</translation>
    </message>
    <message>
        <source>1 · Flatten: the maps become one row of numbers</source>
        <translation>1 · Abflachen: Die Karten werden zu einer Reihe von Zahlen</translation>
    </message>
    <message>
        <source>2 · The dense layers add it all up</source>
        <translation>2 · Die vollständig verbundenen Schichten zählen alles zusammen</translation>
    </message>
    <message>
        <source>3 · The highest score wins</source>
        <translation>3 · Der höchste Punktwert gewinnt</translation>
    </message>
    <message>
        <source>4 · What pushed the answer up, what held it down</source>
        <translation>4 · Was die Antwort gestützt hat und was sie gebremst hat</translation>
    </message>
    <message>
        <source>The 28×28 image unrolled into one row of {n} numbers (shown wrapped, {width} per line: four image rows each). Nothing in this row says which pixel was above which.</source>
        <translation>Das 28×28-Bild, aufgerollt zu einer Reihe von {n} Zahlen (umbrochen dargestellt, {width} pro Zeile: je vier Bildzeilen). Nichts in dieser Reihe sagt, welches Pixel über welchem lag.</translation>
    </message>
    <message>
        <source>The {h}×{w}×{c} feature maps of {layername} unrolled into one row of {numbers} (wrapped, {width} per line). Each says how strongly a feature was found somewhere, not how bright a pixel was.</source>
        <translation>Die {h}×{w}×{c} Merkmalskarten von {layername}, aufgerollt zu einer Reihe von {numbers} (umbrochen, {width} pro Zeile). Jede sagt, wie stark irgendwo ein Merkmal gefunden wurde, nicht wie hell ein Pixel war.</translation>
    </message>
    <message>
        <source>pushed {label} down ← 0 → pushed {label} up</source>
        <translation>senkte {label} ← 0 → hob {label}</translation>
    </message>
    <message>
        <source>The same row, number for number in the same place: what each one added to the score of {label} (red up, blue down; white: nothing, most are 0).</source>
        <translation>Dieselbe Reihe, Zahl für Zahl an derselben Stelle: was jede zum Punktwert von {label} beigetragen hat (rot nach oben, blau nach unten; weiß: nichts, die meisten sind 0).</translation>
    </message>
    <message>
        <source>{layername} has {units}; each multiplies all {inputs} by its own weights, adds them up with a bias, and ReLU keeps it only if positive: {fired} of {n} fired for your digit.</source>
        <translation>{layername} hat {units}; jede multipliziert alle {inputs} mit ihren eigenen Gewichten, addiert sie mit einem Bias, und ReLU behält das Ergebnis nur, wenn es positiv ist: {fired} von {n} haben bei deiner Ziffer gefeuert.</translation>
    </message>
    <message>
        <source>The output layer does the same once per digit with the {inputs}: ten sums, the scores. Every share above is a number&apos;s part in the score of {label} through all these sums.</source>
        <translation>Die Ausgabeschicht macht dasselbe einmal pro Ziffer mit den {inputs}: zehn Summen, die Punktwerte. Jeder Anteil oben ist der Beitrag einer Zahl zum Punktwert von {label}, durch all diese Summen hindurch.</translation>
    </message>
    <message>
        <source>Softmax turns the ten scores into probabilities that add up to 100 %: {label}&apos;s score of {score} becomes {pct} %. The Draw tab&apos;s bars and the output layer&apos;s tiles on the left show these probabilities.</source>
        <translation>Softmax macht aus den zehn Punktwerten Wahrscheinlichkeiten, die zusammen 100 % ergeben: Der Punktwert {score} von {label} wird zu {pct} %. Die Balken im Tab „Zeichnen“ und die Kacheln der Ausgabeschicht links zeigen diese Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>map {k} of {layername}</source>
        <translation>Karte {k} von {layername}</translation>
    </message>
    <message>
        <source>feature maps of {layername}</source>
        <translation>Merkmalskarten von {layername}</translation>
    </message>
    <message>
        <source>Each of {layername}&apos;s {c} maps added its {numbers} to the score of {label}: the maps that pushed it up most (red) and held it down most (blue). Find them on the left by selecting that layer.</source>
        <translation>Jede der {c} Karten von {layername} hat ihre {numbers} zum Punktwert von {label} beigetragen: die Karten, die ihn am stärksten gehoben (rot) und am stärksten gesenkt haben (blau). Du findest sie links, wenn du diese Schicht auswählst.</translation>
    </message>
    <message>
        <source>numbers of {layername}</source>
        <translation>Zahlen von {layername}</translation>
    </message>
    <message>
        <source>The {parts} that pushed the score of {label} up most (red) and held it down most (blue).</source>
        <translation>Die {parts}, die den Punktwert von {label} am stärksten gehoben (rot) und am stärksten gesenkt haben (blau).</translation>
    </message>
    <message>
        <source>Score of {label}: &lt;b style=&apos;color:#ef4444&apos;&gt;{up}&lt;/b&gt; from the {parts} that pushed it up, &lt;b style=&apos;color:#3b82f6&apos;&gt;{down}&lt;/b&gt; from those that held it down, &lt;b&gt;{bias}&lt;/b&gt; from the biases = &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>Punktwert von {label}: &lt;b style=&apos;color:#ef4444&apos;&gt;{up}&lt;/b&gt; von den {parts}, die ihn gehoben haben, &lt;b style=&apos;color:#3b82f6&apos;&gt;{down}&lt;/b&gt; von denen, die ihn gesenkt haben, &lt;b&gt;{bias}&lt;/b&gt; aus den Bias-Werten = &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Flatten, then decide: why “{label}”</source>
        <translation>Abflachen, dann entscheiden: warum „{label}“</translation>
    </message>
    <message>
        <source>{n} units that fired</source>
        <translation>{n} Einheiten, die gefeuert haben</translation>
    </message>
    <message>
        <source>digit&lt;br&gt;score&lt;br&gt;probability</source>
        <translation>Ziffer&lt;br&gt;Punktwert&lt;br&gt;Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>pixel row {row}, column {col}</source>
        <translation>Pixel Zeile {row}, Spalte {col}</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>Rounded to 2 decimals so that the parts add up to the score.</source>
        <translation>Auf 2 Nachkommastellen gerundet, sodass die Teile genau den Punktwert ergeben.</translation>
    </message>
    <message>
        <source>Its dense layers still add up weight × input for every unit; only the split into each number&apos;s share needs ReLU units.</source>
        <translation>Seine vollständig verbundenen Schichten rechnen trotzdem für jede Einheit Gewicht × Eingang zusammen; nur die Aufteilung in den Anteil jeder Zahl braucht ReLU-Einheiten.</translation>
    </message>
    <message>
        <source>Probabilities: {list}</source>
        <translation>Wahrscheinlichkeiten: {list}</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 Zahl</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>{n} Zahlen</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.pixels_in_a_row</name>
    <message>
        <source>Pixels in a row: what a plain network gets</source>
        <translation>Pixel in einer Reihe: was ein einfaches Netz bekommt</translation>
    </message>
    <message>
        <source>Each image row is laid after the previous one: the 784 numbers are shown below as 7 lines of 112 (four image rows per line).</source>
        <translation>Jede Bildzeile wird hinter die vorige gelegt: Die 784 Zahlen sind unten als 7 Zeilen zu 112 dargestellt (vier Bildzeilen pro Zeile).</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see it unrolled.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer, um sie aufgerollt zu sehen.</translation>
    </message>
    <message>
        <source>your digit</source>
        <translation>deine Ziffer</translation>
    </message>
    <message>
        <source>moved {n} px right</source>
        <translation>um {n} px nach rechts verschoben</translation>
    </message>
    <message>
        <source>your digit as a row</source>
        <translation>deine Ziffer als Reihe</translation>
    </message>
    <message>
        <source>the moved digit as a row</source>
        <translation>die verschobene Ziffer als Reihe</translation>
    </message>
    <message>
        <source>Moving the digit by just 1 pixel changes &lt;b&gt;{changed} of the 784 numbers&lt;/b&gt; noticeably. A plain network sees two quite different rows; the shape is the same, but it has no idea what “the same shape” is.</source>
        <translation>Schon eine Verschiebung um 1 Pixel ändert &lt;b&gt;{changed} der 784 Zahlen&lt;/b&gt; deutlich. Ein einfaches Netz sieht zwei ganz verschiedene Reihen; die Form ist dieselbe, aber es hat keine Ahnung, was „dieselbe Form“ ist.</translation>
    </message>
    <message>
        <source>Moving the digit by just {n} pixels changes &lt;b&gt;{changed} of the 784 numbers&lt;/b&gt; noticeably. A plain network sees two quite different rows; the shape is the same, but it has no idea what “the same shape” is.</source>
        <translation>Schon eine Verschiebung um {n} Pixel ändert &lt;b&gt;{changed} der 784 Zahlen&lt;/b&gt; deutlich. Ein einfaches Netz sieht zwei ganz verschiedene Reihen; die Form ist dieselbe, aber es hat keine Ahnung, was „dieselbe Form“ ist.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.pool_value</name>
    <message>
        <source>Click a value of a pooling layer&apos;s map</source>
        <translation>Klicke auf einen Wert einer Karte der Pooling-Schicht</translation>
    </message>
    <message>
        <source>Max pooling shrinks a map: it looks at a small window (here marked green) and keeps only the largest value, the winner (orange). If the digit moves by a pixel, the winner usually stays in the same window, so the pooled map barely changes.</source>
        <translation>Max-Pooling verkleinert eine Karte: Es schaut auf ein kleines Fenster (hier grün markiert) und behält nur den größten Wert, den Gewinner (orange). Verschiebt sich die Ziffer um ein Pixel, bleibt der Gewinner meist im selben Fenster, also ändert sich die verkleinerte Karte kaum.</translation>
    </message>
    <message>
        <source>Previous map</source>
        <translation>Vorige Karte</translation>
    </message>
    <message>
        <source>The window</source>
        <translation>Das Fenster</translation>
    </message>
    <message>
        <source>Pooled map</source>
        <translation>Verkleinerte Karte</translation>
    </message>
    <message>
        <source>{layername}, channel {channel}: row {row}, column {col}</source>
        <translation>{layername}, Kanal {channel}: Zeile {row}, Spalte {col}</translation>
    </message>
    <message>
        <source>{layername}, channel {channel}</source>
        <translation>{layername}, Kanal {channel}</translation>
    </message>
    <message>
        <source>The largest of the {n} values is &lt;b style=&apos;color:{colour}&apos;&gt;{number}&lt;/b&gt; (row {row}, column {col} of {layername}): it becomes the pooled value; the others are dropped.</source>
        <translation>Der größte der {n} Werte ist &lt;b style=&apos;color:{colour}&apos;&gt;{number}&lt;/b&gt; (Zeile {row}, Spalte {col} von {layername}): Er wird der neue Wert; die anderen fallen weg.</translation>
    </message>
    <message>
        <source>Average pooling: the mean of the {n} values, &lt;b&gt;{number}&lt;/b&gt;, becomes the pooled value.</source>
        <translation>Average-Pooling: Der Mittelwert der {n} Werte, &lt;b&gt;{number}&lt;/b&gt;, wird der neue Wert.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.relu</name>
    <message>
        <source>ReLU: negative values become zero</source>
        <translation>ReLU: Negative Werte werden null</translation>
    </message>
    <message>
        <source>Before the activation a feature map has positive values (red: the filter&apos;s pattern is there) and negative ones (blue: the opposite). ReLU replaces every negative value by zero (white) and keeps the positive ones, so only real detections remain.</source>
        <translation>Vor der Aktivierung hat eine Merkmalskarte positive Werte (rot: das Muster des Filters ist da) und negative (blau: das Gegenteil). ReLU ersetzt jeden negativen Wert durch null (weiß) und behält die positiven, sodass nur echte Funde übrig bleiben.</translation>
    </message>
    <message>
        <source>Before ReLU</source>
        <translation>Vor ReLU</translation>
    </message>
    <message>
        <source>After ReLU</source>
        <translation>Nach ReLU</translation>
    </message>
    <message>
        <source>ReLU on {layername}, filter {channel}</source>
        <translation>ReLU auf {layername}, Filter {channel}</translation>
    </message>
    <message>
        <source>blue below zero, white zero, red above</source>
        <translation>blau unter null, weiß null, rot darüber</translation>
    </message>
    <message>
        <source>1 of {total} values was negative and became 0.</source>
        <translation>1 von {total} Werten war negativ und wurde 0.</translation>
    </message>
    <message>
        <source>{n} of {total} values were negative and became 0.</source>
        <translation>{n} von {total} Werten waren negativ und wurden 0.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.shift</name>
    <message>
        <source>Move your digit: what changes?</source>
        <translation>Verschiebe deine Ziffer: Was ändert sich?</translation>
    </message>
    <message>
        <source>The same digit, moved a few pixels, is shown to the network again. Each number below says how much a layer&apos;s maps changed (0 % = identical). Pooled maps usually change less than the convolution maps before them, and the answer stays the same.</source>
        <translation>Dieselbe Ziffer, um ein paar Pixel verschoben, wird dem Netz noch einmal gezeigt. Jede Zahl unten sagt, wie stark sich die Karten einer Schicht verändert haben (0 % = gleich). Karten nach dem Pooling ändern sich meist weniger als die Faltungskarten davor, und die Antwort bleibt dieselbe.</translation>
    </message>
    <message>
        <source>Move it:</source>
        <translation>Verschieben:</translation>
    </message>
    <message>
        <source>1 px right</source>
        <translation>1 px rechts</translation>
    </message>
    <message>
        <source>2 px right</source>
        <translation>2 px rechts</translation>
    </message>
    <message>
        <source>3 px right</source>
        <translation>3 px rechts</translation>
    </message>
    <message>
        <source>2 px down</source>
        <translation>2 px runter</translation>
    </message>
    <message>
        <source>2 px up-left</source>
        <translation>2 px hoch-links</translation>
    </message>
    <message>
        <source>Or tilt it:</source>
        <translation>Oder kippen:</translation>
    </message>
    <message>
        <source>10° anticlockwise</source>
        <translation>10° nach links</translation>
    </message>
    <message>
        <source>10° clockwise</source>
        <translation>10° nach rechts</translation>
    </message>
    <message>
        <source>Load the moved digit into the canvas</source>
        <translation>Auf die Zeichenfläche laden</translation>
    </message>
    <message>
        <source>Put the moved digit on the Draw tab&apos;s canvas, like an opened image, to draw over it or watch the answer there</source>
        <translation>Die verschobene Ziffer wie ein geöffnetes Bild auf die Zeichenfläche im Tab „Zeichnen“ legen, um darüber zu zeichnen oder dort die Antwort zu verfolgen</translation>
    </message>
    <message>
        <source>The Draw tab crops and centres every drawing again, so a move disappears there; a tilt stays.</source>
        <translation>Der Tab „Zeichnen“ schneidet jede Zeichnung neu zu und zentriert sie, also verschwindet eine Verschiebung dort; eine Neigung bleibt erhalten.</translation>
    </message>
    <message>
        <source>tilted {degrees}° anticlockwise</source>
        <translation>um {degrees}° gegen den Uhrzeigersinn gekippt</translation>
    </message>
    <message>
        <source>tilted {degrees}° clockwise</source>
        <translation>um {degrees}° im Uhrzeigersinn gekippt</translation>
    </message>
    <message>
        <source>{n} px down</source>
        <translation>{n} px nach unten</translation>
    </message>
    <message>
        <source>{n} px up</source>
        <translation>{n} px nach oben</translation>
    </message>
    <message>
        <source>{n} px right</source>
        <translation>{n} px nach rechts</translation>
    </message>
    <message>
        <source>{n} px left</source>
        <translation>{n} px nach links</translation>
    </message>
    <message>
        <source>moved {down} and {right}</source>
        <translation>um {down} und {right} verschoben</translation>
    </message>
    <message>
        <source>moved {down}</source>
        <translation>um {down} verschoben</translation>
    </message>
    <message>
        <source>moved {right}</source>
        <translation>um {right} verschoben</translation>
    </message>
    <message>
        <source>moved 0 px</source>
        <translation>um 0 px verschoben</translation>
    </message>
    <message>
        <source>your digit</source>
        <translation>deine Ziffer</translation>
    </message>
    <message>
        <source>{layername} ch {channel}</source>
        <translation>{layername} Kanal {channel}</translation>
    </message>
    <message>
        <source>still {label}</source>
        <translation>weiterhin {label}</translation>
    </message>
    <message>
        <source>now {label}</source>
        <translation>jetzt {label}</translation>
    </message>
    <message>
        <source>Answer: {label} ({pct} %) → {verdict} ({pct_b} %). Over {n} moves of 1–3 pixels in four directions the answer stayed the same in {kept} % of them.</source>
        <translation>Antwort: {label} ({pct} %) → {verdict} ({pct_b} %). Bei {n} Verschiebungen um 1–3 Pixel in vier Richtungen blieb die Antwort in {kept} % der Fälle gleich.</translation>
    </message>
    <message>
        <source>after the move</source>
        <translation>nach der Verschiebung</translation>
    </message>
    <message>
        <source>The busiest map of the first convolution and of the last pooling layer, before and after the move.</source>
        <translation>Die aktivste Karte der ersten Faltung und der letzten Pooling-Schicht, vor und nach der Verschiebung.</translation>
    </message>
    <message>
        <source>This network has no convolution or pooling layers: it only sees 784 separate pixel values, so there are no maps to compare. Compare its answer below with a CNN&apos;s on the same move.</source>
        <translation>Dieses Netz hat keine Faltungs- oder Pooling-Schichten: Es sieht nur 784 einzelne Pixelwerte, also gibt es keine Karten zum Vergleichen. Vergleiche seine Antwort unten mit der eines CNN bei derselben Verschiebung.</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>&lt;th align=&apos;left&apos;&gt;layer&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;kind&lt;/th&gt;&lt;th&gt;this move&lt;/th&gt;&lt;th&gt;average of 12 moves&lt;/th&gt;</source>
        <translation>&lt;th align=&apos;left&apos;&gt;Schicht&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;Art&lt;/th&gt;&lt;th&gt;diese Verschiebung&lt;/th&gt;&lt;th&gt;Mittel aus 12 Verschiebungen&lt;/th&gt;</translation>
    </message>
    <message>
        <source> On average the convolution maps changed by {conv} %, the pooled maps by {pool} %.</source>
        <translation> Im Mittel änderten sich die Faltungskarten um {conv} %, die Karten nach dem Pooling um {pool} %.</translation>
    </message>
    <message>
        <source>Your digit, {moved}</source>
        <translation>Deine Ziffer, {moved}</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.top_patches</name>
    <message>
        <source>What this filter looks for</source>
        <translation>Wonach dieser Filter sucht</translation>
    </message>
    <message>
        <source>The network looked at 2,000 test digits. These are the pieces of them (each one exactly the part of the image this filter can see) that made the filter respond most strongly. Early layers respond to short edges and strokes; later layers to bigger shapes made of them.</source>
        <translation>Das Netz hat sich 2.000 Testziffern angesehen. Das hier sind die Ausschnitte daraus (jeder genau der Teil des Bildes, den dieser Filter sehen kann), auf die der Filter am stärksten reagiert hat. Frühe Schichten reagieren auf kurze Kanten und Striche, spätere auf größere Formen, die daraus bestehen.</translation>
    </message>
    <message>
        <source>Searching 2,000 test digits in the background…</source>
        <translation>Durchsuche 2.000 Testziffern im Hintergrund…</translation>
    </message>
    <message>
        <source>The {n} strongest responses among {searched} test digits; each piece is the {h}×{w}-pixel part of a digit the filter sees.</source>
        <translation>Die {n} stärksten Reaktionen unter {searched} Testziffern; jeder Ausschnitt ist der Teil einer Ziffer von {h}×{w} Pixeln, den der Filter sieht.</translation>
    </message>
    <message>
        <source>What a filter looks for</source>
        <translation>Wonach ein Filter sucht</translation>
    </message>
    <message>
        <source>What {layername}, filter {channel} looks for</source>
        <translation>Wonach {layername}, Filter {channel} sucht</translation>
    </message>
</context>
<context>
    <name>inspect.layers.replay_bar</name>
    <message>
        <source>Drag to see the maps and filters as they were at that moment of the last training run, for the digit you drew</source>
        <translation>Ziehen, um die Karten und Filter so zu sehen, wie sie in diesem Moment des letzten Trainings für deine gezeichnete Ziffer waren</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester Stand</translation>
    </message>
    <message>
        <source>Back to the newest weights of the run</source>
        <translation>Zurück zu den neuesten Gewichten des Trainings</translation>
    </message>
    <message>
        <source>Replay training: {moment}</source>
        <translation>Training abspielen: {moment}</translation>
    </message>
    <message>
        <source>Replay training: {moment} (latest)</source>
        <translation>Training abspielen: {moment} (neuester Stand)</translation>
    </message>
</context>
<context>
    <name>inspect.layers.stories</name>
    <message>
        <source>Flatten unrolls the stack of maps into one long row of numbers, so the dense layers after it can read them (see “Flatten &amp; decide”).</source>
        <translation>Flatten rollt den Stapel von Karten zu einer langen Reihe von Zahlen auf, damit die vollständig verbundenen Schichten danach sie lesen können (siehe „Entscheiden“).</translation>
    </message>
    <message>
        <source>A dense (fully connected) layer: each unit multiplies every input by its own weight, adds them up with a bias and applies its activation.</source>
        <translation>Eine vollständig verbundene Schicht (Dense): Jede Einheit multipliziert jeden Eingang mit einem eigenen Gewicht, addiert alles mit einem Bias und wendet ihre Aktivierung an.</translation>
    </message>
    <message>
        <source>Dropout switches off random inputs while training so the network does not rely on any single one. When reading your digit it does nothing.</source>
        <translation>Dropout schaltet beim Training zufällige Eingänge ab, damit sich das Netz nicht auf einen einzelnen verlässt. Beim Lesen deiner Ziffer tut es nichts.</translation>
    </message>
    <message>
        <source>Batch normalisation rescales each channel to a steady range, which makes training faster. It does not move anything: each value stays where it is.</source>
        <translation>Batch-Normalisierung skaliert jeden Kanal auf einen gleichmäßigen Wertebereich, das beschleunigt das Training. Sie verschiebt nichts: Jeder Wert bleibt, wo er ist.</translation>
    </message>
    <message>
        <source>An activation layer applies its function (here ReLU) to every value on its own: negatives become zero.</source>
        <translation>Eine Aktivierungsschicht wendet ihre Funktion (hier ReLU) auf jeden Wert einzeln an: Negative Werte werden null.</translation>
    </message>
    <message>
        <source>How to use this tab</source>
        <translation>So benutzt du diesen Tab</translation>
    </message>
    <message>
        <source>Pick a layer in the strip above. Click a value of a convolution or pooling map to see exactly how it was computed.</source>
        <translation>Wähle oben in der Leiste eine Schicht. Klicke auf einen Wert einer Faltungs- oder Pooling-Karte, um genau zu sehen, wie er berechnet wurde.</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>Your digit, 28×28 brightness values between 0 and 1. A convolutional network keeps this grid; a plain one unrolls it into a row (see “Pixels in a row”).</source>
        <translation>Deine Ziffer, 28×28 Helligkeitswerte zwischen 0 und 1. Ein Faltungsnetz behält dieses Gitter; ein einfaches Netz rollt es zu einer Reihe auf (siehe „Pixelreihe“).</translation>
    </message>
    <message>
        <source>Convolution layer {layername}</source>
        <translation>Faltungsschicht {layername}</translation>
    </message>
    <message>
        <source>Pooling layer {layername}</source>
        <translation>Pooling-Schicht {layername}</translation>
    </message>
    <message>
        <source>Here the convolution has no activation of its own: ReLU is layer {layername}, after batch normalisation; the left map is what it receives.</source>
        <translation>Hier hat die Faltung keine eigene Aktivierung: ReLU ist die Schicht {layername}, nach der Batch-Normalisierung; die linke Karte ist das, was sie bekommt.</translation>
    </message>
    <message>
        <source>Click any value of a feature map on the left to see the filter&apos;s window, its weights, the products and their sum.</source>
        <translation>Klicke links auf einen Wert einer Merkmalskarte, um das Fenster des Filters, seine Gewichte, die Produkte und ihre Summe zu sehen.</translation>
    </message>
    <message>
        <source>Click any value of a pooled map on the left to see the window it came from and which value won.</source>
        <translation>Klicke links auf einen Wert einer verkleinerten Karte, um das Fenster zu sehen, aus dem er stammt, und welcher Wert gewonnen hat.</translation>
    </message>
    <message>
        <source>Select a convolution layer to see ReLU at work on one of its maps.</source>
        <translation>Wähle eine Faltungsschicht, um ReLU bei der Arbeit an einer ihrer Karten zu sehen.</translation>
    </message>
    <message>
        <source>This network has no convolution layers, so there are no maps to show ReLU on; its dense units use ReLU the same way on single numbers.</source>
        <translation>Dieses Netz hat keine Faltungsschichten, also gibt es keine Karten, an denen man ReLU zeigen könnte; seine vollständig verbundenen Einheiten wenden ReLU genauso auf einzelne Zahlen an.</translation>
    </message>
    <message>
        <source>Select a convolution layer (and click one of its maps) to see which pieces of real digits excite that filter most.</source>
        <translation>Wähle eine Faltungsschicht (und klicke auf eine ihrer Karten), um zu sehen, welche Ausschnitte echter Ziffern diesen Filter am stärksten anregen.</translation>
    </message>
    <message>
        <source>This network has no convolution filters. Its dense units&apos; weights (bottom left, for the first dense layer) show what each unit looks for: a whole-image template.</source>
        <translation>Dieses Netz hat keine Faltungsfilter. Die Gewichte seiner vollständig verbundenen Einheiten (links unten, für die erste Dense-Schicht) zeigen, wonach jede Einheit sucht: eine Schablone für das ganze Bild.</translation>
    </message>
    <message>
        <source>This layer does not use ReLU.</source>
        <translation>Diese Schicht verwendet kein ReLU.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.strip</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Show what {layername} outputs for your digit</source>
        <translation>Zeigen, was {layername} für deine Ziffer ausgibt</translation>
    </message>
</context>
<context>
    <name>inspect.tab</name>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Follow your drawing through the network, layer by layer</source>
        <translation>Verfolge deine Zeichnung durch das Netz, Schicht für Schicht</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Ansicht exportieren…</translation>
    </message>
    <message>
        <source>Save what the inspector shows as a PNG or SVG picture</source>
        <translation>Speichern, was der Inspektor zeigt, als PNG- oder SVG-Bild</translation>
    </message>
    <message>
        <source>Export for slides…</source>
        <translation>Für Folien exportieren…</translation>
    </message>
    <message>
        <source>Save an animation (the filter sliding, the training replay, a robustness sweep) or a one-page lesson handout</source>
        <translation>Eine Animation (der wandernde Filter, die Wiedergabe des Trainings, eine Robustheitsreihe) oder ein einseitiges Arbeitsblatt für den Unterricht speichern</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Could not export the view</source>
        <translation>Die Ansicht konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>inspect.tour</name>
    <message>
        <source>1. A plain network reads pixels in a row</source>
        <translation>1. Ein einfaches Netz liest Pixel in einer Reihe</translation>
    </message>
    <message>
        <source>A plain dense network gets your drawing as one long row of 784 brightness values: the 28×28 grid is pulled apart like a fabric into a single thread. Which pixel sat next to which is lost. Look below: the same digit moved 2 pixels to the right gives a very different row, so to this network it is a different input.</source>
        <translation>Ein einfaches, vollständig verbundenes Netz bekommt deine Zeichnung als eine lange Reihe von 784 Helligkeitswerten: Das 28×28-Gitter wird aufgetrennt wie ein Stoff, bis nur ein einziger Faden übrig ist. Welches Pixel neben welchem lag, geht verloren. Schau unten: Dieselbe Ziffer, um 2 Pixel nach rechts verschoben, ergibt eine ganz andere Reihe – für dieses Netz also eine ganz andere Eingabe.</translation>
    </message>
    <message>
        <source>2. Convolution: a small filter slides over the image</source>
        <translation>2. Faltung: Ein kleiner Filter wandert über das Bild</translation>
    </message>
    <message>
        <source>A filter is a tiny grid of weights (here 3×3 or 5×5). Placed on a window of the image, it multiplies each pixel by the weight on top of it and adds everything up, plus a bias: one number. Slide it one pixel at a time and you get a whole new image, the feature map. Click any value on the left, or press “Slide the filter”.</source>
        <translation>Ein Filter ist ein winziges Gitter aus Gewichten (hier 3×3 oder 5×5). Auf ein Fenster des Bildes gelegt, multipliziert er jedes Pixel mit dem Gewicht darüber und addiert alles, plus einen Bias: eine Zahl. Schiebst du ihn Pixel für Pixel weiter, entsteht ein ganz neues Bild, die Merkmalskarte. Klicke links auf einen Wert oder drücke „Filter wandern lassen“.</translation>
    </message>
    <message>
        <source>This network has no convolution layers, so nothing slides over the image: its first layer multiplies all 784 pixels at once by one weight each. The pictures on the left are those weights, one 28×28 picture per unit.</source>
        <translation>Dieses Netz hat keine Faltungsschichten, also wandert nichts über das Bild: Seine erste Schicht multipliziert alle 784 Pixel auf einmal mit je einem Gewicht. Die Bilder links sind diese Gewichte, ein 28×28-Bild pro Einheit.</translation>
    </message>
    <message>
        <source>3. Different filters find different features</source>
        <translation>3. Verschiedene Filter finden verschiedene Merkmale</translation>
    </message>
    <message>
        <source>Every tile on the left is the feature map of a different filter, all on your digit. Bright means “my pattern is here”. One filter lights up on left edges, another on horizontal strokes, another on the ends of lines. Below them are the filters themselves: red weights add, blue weights subtract.</source>
        <translation>Jede Kachel links ist die Merkmalskarte eines anderen Filters, alle auf deiner Ziffer. Hell bedeutet „mein Muster ist hier“. Ein Filter leuchtet bei linken Kanten auf, ein anderer bei waagerechten Strichen, wieder ein anderer an Linienenden. Darunter siehst du die Filter selbst: Rote Gewichte addieren, blaue ziehen ab.</translation>
    </message>
    <message>
        <source>Without convolutions there are no feature maps: each unit of the first layer looks at the whole image at once, through one weight per pixel (the pictures on the left). Nothing makes it look for the same small pattern everywhere.</source>
        <translation>Ohne Faltungen gibt es keine Merkmalskarten: Jede Einheit der ersten Schicht schaut auf das ganze Bild auf einmal, mit einem Gewicht pro Pixel (die Bilder links). Nichts bringt sie dazu, überall nach demselben kleinen Muster zu suchen.</translation>
    </message>
    <message>
        <source>4. Stacked layers build a hierarchy</source>
        <translation>4. Gestapelte Schichten bauen eine Hierarchie auf</translation>
    </message>
    <message>
        <source>This is the last convolution layer. Its filters do not look at pixels but at the maps of the layer before, so they combine simple strokes into bigger shapes: loops, corners, parts of digits. On the right: the pieces of real test digits that excite the selected filter most. Compare with the first layer&apos;s short edges.</source>
        <translation>Das ist die letzte Faltungsschicht. Ihre Filter schauen nicht auf Pixel, sondern auf die Karten der Schicht davor, und setzen so einfache Striche zu größeren Formen zusammen: Schleifen, Ecken, Teile von Ziffern. Rechts: die Ausschnitte echter Testziffern, die den gewählten Filter am stärksten anregen. Vergleiche sie mit den kurzen Kanten der ersten Schicht.</translation>
    </message>
    <message>
        <source>This network has no stack of convolution layers, so there is no hierarchy of features to show. Its hidden layer must learn whole-digit templates directly from pixels.</source>
        <translation>Dieses Netz hat keinen Stapel von Faltungsschichten, also gibt es keine Hierarchie von Merkmalen zu zeigen. Seine verborgene Schicht muss Schablonen für ganze Ziffern direkt aus den Pixeln lernen.</translation>
    </message>
    <message>
        <source>4. …and what each layer knows</source>
        <translation>4. … und was jede Schicht weiß</translation>
    </message>
    <message>
        <source>Stop the network after any layer and let a straight line read the digit off what it has computed so far: how often is it right? The curve answers for every layer on test digits, from the raw pixels (dashed) to the output; the bars say what each layer would answer for your digit. Each stage makes the digit easier to read.</source>
        <translation>Halte das Netz nach irgendeiner Schicht an und lass eine Gerade die Ziffer aus dem ablesen, was bis dahin berechnet wurde: Wie oft liegt sie richtig? Die Kurve beantwortet das für jede Schicht auf Testziffern, von den rohen Pixeln (gestrichelt) bis zur Ausgabe; die Balken sagen, was jede Schicht zu deiner Ziffer antworten würde. Mit jeder Stufe lässt sich die Ziffer leichter ablesen.</translation>
    </message>
    <message>
        <source>The same question for a plain network: how well can a straight line read the digit off each layer? The raw pixels (dashed) already say a lot; each dense layer makes the digit easier to read off.</source>
        <translation>Dieselbe Frage für ein einfaches Netz: Wie gut kann eine Gerade die Ziffer aus jeder Schicht ablesen? Die rohen Pixel (gestrichelt) sagen schon viel; jede vollständig verbundene Schicht macht die Ziffer leichter ablesbar.</translation>
    </message>
    <message>
        <source>5. ReLU keeps only the positive responses</source>
        <translation>5. ReLU behält nur die positiven Antworten</translation>
    </message>
    <message>
        <source>After the sum, the activation function ReLU turns every negative value into zero and keeps the positive ones unchanged. The map before (blue negative, red positive) and after (only red left) are on the right: what remains are clear detections.</source>
        <translation>Nach der Summe macht die Aktivierungsfunktion ReLU jeden negativen Wert zu null und lässt die positiven unverändert. Rechts siehst du die Karte davor (blau negativ, rot positiv) und danach (nur Rot bleibt): Was übrig bleibt, sind klare Funde.</translation>
    </message>
    <message>
        <source>ReLU works the same way in a dense network: every unit&apos;s negative sum becomes 0. There are just no maps to show it on in this network.</source>
        <translation>ReLU funktioniert in einem vollständig verbundenen Netz genauso: Die negative Summe jeder Einheit wird 0. Nur gibt es in diesem Netz keine Karten, an denen man es zeigen könnte.</translation>
    </message>
    <message>
        <source>6. Max pooling keeps the strongest value</source>
        <translation>6. Max-Pooling behält den stärksten Wert</translation>
    </message>
    <message>
        <source>Max pooling cuts each map into small windows (here 2×2) and keeps only the largest value of each, the winner. The map becomes four times smaller but keeps what was found, and roughly where.</source>
        <translation>Max-Pooling zerlegt jede Karte in kleine Fenster (hier 2×2) und behält von jedem nur den größten Wert, den Gewinner. Die Karte wird viermal kleiner, behält aber, was gefunden wurde, und ungefähr, wo.</translation>
    </message>
    <message>
        <source>This network has no pooling layers: every pixel counts on its own, at its exact place.</source>
        <translation>Dieses Netz hat keine Pooling-Schichten: Jedes Pixel zählt für sich, genau an seiner Stelle.</translation>
    </message>
    <message>
        <source>6. …which makes small shifts matter less</source>
        <translation>6. … wodurch kleine Verschiebungen weniger ausmachen</translation>
    </message>
    <message>
        <source>Here your digit was moved a couple of pixels. The convolution maps move with it (a big change), but after pooling many winners stay in the same windows, so the pooled maps change less, and the answer stays the same. Try the other moves.</source>
        <translation>Hier wurde deine Ziffer um ein paar Pixel verschoben. Die Faltungskarten verschieben sich mit (eine große Änderung), aber nach dem Pooling bleiben viele Gewinner in denselben Fenstern. Deshalb ändern sich die verkleinerten Karten weniger, und die Antwort bleibt dieselbe. Probiere auch die anderen Verschiebungen aus.</translation>
    </message>
    <message>
        <source>Here your digit was moved a couple of pixels. A plain network has no maps to absorb the move: every pixel now hits different weights, so its confidence can drop or the answer can change.</source>
        <translation>Hier wurde deine Ziffer um ein paar Pixel verschoben. Ein einfaches Netz hat keine Karten, die die Verschiebung abfangen: Jedes Pixel trifft jetzt auf andere Gewichte, also kann die Sicherheit sinken oder sich sogar die Antwort ändern.</translation>
    </message>
    <message>
        <source>7. Flattening, now of features</source>
        <translation>7. Abflachen – diesmal von Merkmalen</translation>
    </message>
    <message>
        <source>After convolutions, ReLU and pooling, the stack of small maps is unrolled into one long row, like the pixels in step 1. But each number now means “this feature was found around here”, not “this pixel was bright”.</source>
        <translation>Nach Faltungen, ReLU und Pooling wird der Stapel kleiner Karten zu einer langen Reihe aufgerollt, wie die Pixel in Schritt 1. Aber jede Zahl bedeutet jetzt „dieses Merkmal wurde ungefähr hier gefunden“ und nicht „dieses Pixel war hell“.</translation>
    </message>
    <message>
        <source>In this network, flattening happens first, on the raw pixels: the row below is your image itself, as in step 1.</source>
        <translation>In diesem Netz wird zuerst abgeflacht, direkt auf den rohen Pixeln: Die Reihe unten ist dein Bild selbst, wie in Schritt 1.</translation>
    </message>
    <message>
        <source>8. Fully connected layers decide</source>
        <translation>8. Vollständig verbundene Schichten entscheiden</translation>
    </message>
    <message>
        <source>The row of features feeds an ordinary dense network. Each digit&apos;s score is a sum of weight × feature; the highest score wins, and softmax turns the scores into probabilities. On the right: what each number of the row added to the winner&apos;s score, and the feature maps that pushed it up most (red) and held it down (blue).</source>
        <translation>Die Reihe der Merkmale speist ein gewöhnliches, vollständig verbundenes Netz. Der Punktwert jeder Ziffer ist eine Summe aus Gewicht × Merkmal; der höchste Punktwert gewinnt, und Softmax macht aus den Punktwerten Wahrscheinlichkeiten. Rechts: was jede Zahl der Reihe zum Punktwert des Gewinners beigetragen hat, und die Merkmalskarten, die ihn am stärksten gehoben (rot) und gebremst haben (blau).</translation>
    </message>
    <message>
        <source>The dense layers decide here too: each digit&apos;s score is a sum of weight × input. But their inputs are raw pixels, which is why a plain network is more easily fooled by a moved or tilted digit.</source>
        <translation>Auch hier entscheiden die vollständig verbundenen Schichten: Der Punktwert jeder Ziffer ist eine Summe aus Gewicht × Eingang. Aber ihre Eingänge sind rohe Pixel – deshalb lässt sich ein einfaches Netz von einer verschobenen oder gekippten Ziffer leichter täuschen.</translation>
    </message>
    <message>
        <source>idea {idea} of {ideas}</source>
        <translation>Idee {idea} von {ideas}</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Close tour</source>
        <translation>Führung beenden</translation>
    </message>
    <message>
        <source>Take the guided tour</source>
        <translation>Führung starten</translation>
    </message>
    <message>
        <source>The {ideas} ideas of a convolutional network, one at a time, on your digit</source>
        <translation>Die {ideas} Ideen eines Faltungsnetzes, eine nach der anderen, an deiner Ziffer</translation>
    </message>
    <message>
        <source>New here? The tour explains, step by step on your own drawing, how a convolutional network reads a digit.</source>
        <translation>Neu hier? Die Führung erklärt dir Schritt für Schritt an deiner eigenen Zeichnung, wie ein Faltungsnetz eine Ziffer liest.</translation>
    </message>
</context>
<context>
    <name>inspect.tour_keys</name>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
</context>
<context>
    <name>inspect.two_digits.second_digit</name>
    <message>
        <source>What it was confused with</source>
        <translation>Womit es verwechselt wurde</translation>
    </message>
    <message>
        <source>The training digit of the network&apos;s second choice that it finds most like yours</source>
        <translation>Die Trainingsziffer der zweiten Wahl des Netzes, die es deiner am ähnlichsten findet</translation>
    </message>
    <message>
        <source>Draw it</source>
        <translation>Selbst zeichnen</translation>
    </message>
    <message>
        <source>Draw the second digit on a small canvas</source>
        <translation>Die zweite Ziffer auf eine kleine Zeichenfläche zeichnen</translation>
    </message>
    <message>
        <source>A test digit</source>
        <translation>Eine Testziffer</translation>
    </message>
    <message>
        <source>A digit from MNIST&apos;s test set</source>
        <translation>Eine Ziffer aus dem Testdatensatz von MNIST</translation>
    </message>
    <message>
        <source>Yours, moved</source>
        <translation>Deine, verschoben</translation>
    </message>
    <message>
        <source>Your own digit, moved and turned by the sliders</source>
        <translation>Deine eigene Ziffer, mit den Schiebereglern verschoben und gedreht</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>The second digit</source>
        <translation>Die zweite Ziffer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Another test digit</source>
        <translation>Andere Testziffer</translation>
    </message>
</context>
<context>
    <name>inspect.two_digits.view</name>
    <message>
        <source>Two digits</source>
        <translation>Zwei Ziffern</translation>
    </message>
    <message>
        <source>Two digits, one network</source>
        <translation>Zwei Ziffern, ein Netz</translation>
    </message>
    <message>
        <source>Where do the paths of two digits through the network part, and where do they join again? Pick a second digit; every layer below shows both, and their difference (red: higher for yours, blue: higher for the second).</source>
        <translation>Wo trennen sich die Wege zweier Ziffern durch das Netz, und wo kommen sie wieder zusammen? Wähle eine zweite Ziffer; jede Schicht unten zeigt beide und ihren Unterschied (rot: höher bei deiner, blau: höher bei der zweiten).</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Deine Ziffer</translation>
    </message>
    <message>
        <source>Second digit</source>
        <translation>Zweite Ziffer</translation>
    </message>
    <message>
        <source>How alike they are, layer by layer</source>
        <translation>Wie ähnlich sie sich sind, Schicht für Schicht</translation>
    </message>
    <message>
        <source>alike (cosine)</source>
        <translation>Ähnlichkeit (Kosinus)</translation>
    </message>
    <message>
        <source>Batch normalisation shifts each map&apos;s values, which moves this measure without making the two digits more or less alike.</source>
        <translation>Batch-Normalisierung verschiebt die Werte jeder Karte; das verändert dieses Maß, ohne dass die beiden Ziffern sich ähnlicher oder unähnlicher werden.</translation>
    </message>
    <message>
        <source>test #{i}, {label}</source>
        <translation>Test Nr. {i}, {label}</translation>
    </message>
    <message>
        <source>The network&apos;s second choice for your digit is {label}. The second digit is the training {label} (#{i}) it finds most like yours.</source>
        <translation>Die zweite Wahl des Netzes für deine Ziffer ist {label}. Die zweite Ziffer ist die Trainings-{label} (Nr. {i}), die es deiner am ähnlichsten findet.</translation>
    </message>
    <message>
        <source>training #{i}, {label}</source>
        <translation>Training Nr. {i}, {label}</translation>
    </message>
    <message>
        <source>{source}&lt;br&gt;reads &lt;b&gt;{label}&lt;/b&gt; · {pct}</source>
        <translation>{source}&lt;br&gt;liest &lt;b&gt;{label}&lt;/b&gt; · {pct}</translation>
    </message>
    <message>
        <source>{number} alike</source>
        <translation>Ähnlichkeit {number}</translation>
    </message>
    <message>
        <source>yours, moved</source>
        <translation>deine, verschoben</translation>
    </message>
    <message>
        <source>Looking through 6,000 training digits…</source>
        <translation>Durchsuche 6.000 Trainingsziffern…</translation>
    </message>
    <message>
        <source>Could not compare the two digits</source>
        <translation>Die beiden Ziffern konnten nicht verglichen werden</translation>
    </message>
    <message>
        <source>Could not find a second digit</source>
        <translation>Es wurde keine zweite Ziffer gefunden</translation>
    </message>
    <message>
        <source>the pixels</source>
        <translation>die Pixel</translation>
    </message>
    <message>
        <source>your digit</source>
        <translation>deine Ziffer</translation>
    </message>
    <message>
        <source>second digit</source>
        <translation>zweite Ziffer</translation>
    </message>
    <message>
        <source>difference (yours − second)</source>
        <translation>Unterschied (deine − zweite)</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>deine Zeichnung</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab: it is compared here with a second one.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer: Sie wird hier mit einer zweiten verglichen.</translation>
    </message>
    <message>
        <source>Draw the second digit on the small canvas.</source>
        <translation>Zeichne die zweite Ziffer auf die kleine Zeichenfläche.</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>gezeichnet</translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.evaluation</name>
    <message>
        <source>Both networks on the same test digits</source>
        <translation>Beide Netze auf denselben Testziffern</translation>
    </message>
    <message>
        <source>Each network answers the same digits from MNIST&apos;s test set, which neither trained on. Click a digit below to put it on the canvas and see both networks read it.</source>
        <translation>Jedes Netz beantwortet dieselben Ziffern aus dem Testdatensatz von MNIST, auf denen keines von beiden trainiert wurde. Klicke unten auf eine Ziffer, um sie auf die Zeichenfläche zu legen und zu sehen, wie beide Netze sie lesen.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <source>the other network</source>
        <translation>das andere Netz</translation>
    </message>
    <message>
        <source>{n} test digits</source>
        <translation>{n} Testziffern</translation>
    </message>
    <message>
        <source>Score both</source>
        <translation>Beide bewerten</translation>
    </message>
    <message>
        <source>On {n} test digits {a} reads {pct_a} % correctly and {b} {pct_b} %. They give the same answer on {agree} % of them and differ on {differ}.</source>
        <translation>Von {n} Testziffern liest {a} {pct_a} % richtig und {b} {pct_b} %. Bei {agree} % davon geben sie dieselbe Antwort, bei {differ} unterscheiden sie sich.</translation>
    </message>
    <message>
        <source>The 1 digit on which they disagree</source>
        <translation>Die eine Ziffer, bei der sie sich uneinig sind</translation>
    </message>
    <message>
        <source>The {n} digits on which they disagree</source>
        <translation>Die {n} Ziffern, bei denen sie sich uneinig sind</translation>
    </message>
    <message>
        <source>{caption} (the first {shown}). Under each: {a}&apos;s answer, then {b}&apos;s.</source>
        <translation>{caption} (die ersten {shown}). Darunter jeweils: die Antwort von {a}, dann die von {b}.</translation>
    </message>
    <message>
        <source>{caption}. Under each: {a}&apos;s answer, then {b}&apos;s.</source>
        <translation>{caption}. Darunter jeweils: die Antwort von {a}, dann die von {b}.</translation>
    </message>
    <message>
        <source>Test digit #{i}, {truth}: {a} reads {pa}, {b} reads {pb}. Click to put it on the canvas.</source>
        <translation>Testziffer Nr. {i}, {truth}: {a} liest {pa}, {b} liest {pb}. Klicke, um sie auf die Zeichenfläche zu legen.</translation>
    </message>
    <message>
        <source>The 1 digit {name} reads as {predicted} where the truth is {true}</source>
        <translation>Die eine Ziffer, die {name} als {predicted} liest, obwohl die richtige Antwort {true} ist</translation>
    </message>
    <message>
        <source>The {n} digits {name} reads as {predicted} where the truth is {true}</source>
        <translation>Die {n} Ziffern, die {name} als {predicted} liest, obwohl die richtige Antwort {true} ist</translation>
    </message>
    <message>
        <source>1 digit</source>
        <translation>1 Ziffer</translation>
    </message>
    <message>
        <source>{n} digits</source>
        <translation>{n} Ziffern</translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.texts</name>
    <message>
        <source>Two networks, one digit</source>
        <translation>Zwei Netze, eine Ziffer</translation>
    </message>
    <message>
        <source>Set another network beside this one: both read your digit, and where their layers correspond, their feature maps and filters are shown side by side.</source>
        <translation>Stell ein anderes Netz neben dieses: Beide lesen deine Ziffer, und wo sich ihre Schichten entsprechen, werden ihre Merkmalskarten und Filter nebeneinander gezeigt.</translation>
    </message>
    <message>
        <source>Which pixels mattered</source>
        <translation>Welche Pixel wichtig waren</translation>
    </message>
    <message>
        <source>Occlusion: each network was asked again with a small square of your digit hidden, square by square. Red where hiding it lowers its confidence in its own answer, blue where it raises it.</source>
        <translation>Verdecken: Jedes Netz wurde noch einmal gefragt, während ein kleines Quadrat deiner Ziffer verdeckt war, Quadrat für Quadrat. Rot, wo das Verdecken seine Sicherheit in der eigenen Antwort senkt, blau, wo es sie erhöht.</translation>
    </message>
    <message>
        <source>A moment of the last training run (train on the Train tab)</source>
        <translation>Ein Moment des letzten Trainings (trainieren im Tab „Trainieren“)</translation>
    </message>
    <message>
        <source>This model: {name}</source>
        <translation>Dieses Modell: {name}</translation>
    </message>
    <message>
        <source>Loading the other network…</source>
        <translation>Das andere Netz wird geladen…</translation>
    </message>
    <message>
        <source>No other network yet.</source>
        <translation>Noch kein anderes Netz.</translation>
    </message>
    <message>
        <source>The other network</source>
        <translation>Das andere Netz</translation>
    </message>
    <message>
        <source>Compared with: {name}</source>
        <translation>Verglichen mit: {name}</translation>
    </message>
    <message>
        <source>Compared with {name}: {kind}, from {source}.</source>
        <translation>Verglichen mit {name}: {kind}, Herkunft: {source}.</translation>
    </message>
    <message>
        <source>The dense network</source>
        <translation>Das Dense-Netz</translation>
    </message>
    <message>
        <source>The shipped plain dense network, mlp.keras</source>
        <translation>Das mitgelieferte einfache, vollständig verbundene Netz, mlp.keras</translation>
    </message>
    <message>
        <source>A model file…</source>
        <translation>Eine Modelldatei…</translation>
    </message>
    <message>
        <source>A .keras model saved by Convscope</source>
        <translation>Ein von Convscope gespeichertes .keras-Modell</translation>
    </message>
    <message>
        <source>This model, now</source>
        <translation>Dieses Modell, jetzt</translation>
    </message>
    <message>
        <source>A copy of the current model as it is now, to set beside what it becomes (after more training, fine-tuning or an edit)</source>
        <translation>Eine Kopie des aktuellen Modells, wie es jetzt ist, um sie neben das zu stellen, was daraus wird (nach weiterem Training, Nachtrainieren oder einer Änderung)</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <source>the other network</source>
        <translation>das andere Netz</translation>
    </message>
    <message>
        <source>Both read {label}: this model {pct_a} sure, {othername} {pct_b}.</source>
        <translation>Beide lesen {label}: dieses Modell zu {pct_a} sicher, {othername} zu {pct_b}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;They disagree&lt;/b&gt;: this model reads {label_a} ({pct_a}), {othername} reads {label_b} ({pct_b}).</source>
        <translation>&lt;b&gt;Sie sind sich uneinig&lt;/b&gt;: Dieses Modell liest {label_a} ({pct_a}), {othername} liest {label_b} ({pct_b}).</translation>
    </message>
    <message>
        <source>this model&apos;s {layername}</source>
        <translation>{layername} dieses Modells</translation>
    </message>
    <message>
        <source>{netname}&apos;s {layername}</source>
        <translation>{layername} von {netname}</translation>
    </message>
    <message>
        <source>{layername}&apos;s filters · {n} of {size}</source>
        <translation>Filter von {layername} · {n} mit {size}</translation>
    </message>
    <message>
        <source>The layers at the same place in both networks, with the same kind and shape of output: {n} of them. Each side has its own colour scale.</source>
        <translation>Die Schichten an derselben Stelle in beiden Netzen, mit derselben Art und Form der Ausgabe: {n} Stück. Jede Seite hat ihre eigene Farbskala.</translation>
    </message>
    <message>
        <source>Both networks are reading {n} test digits…</source>
        <translation>Beide Netze lesen {n} Testziffern…</translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.view</name>
    <message>
        <source>Two networks</source>
        <translation>Zwei Netze</translation>
    </message>
    <message>
        <source>Layer by layer</source>
        <translation>Schicht für Schicht</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Their answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <source>Compare with which model?</source>
        <translation>Mit welchem Modell vergleichen?</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Keras-Modelle (*.keras);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A moment of the last run…</source>
        <translation>Ein Moment des letzten Trainings…</translation>
    </message>
    <message>
        <source>No training run yet</source>
        <translation>Noch kein Training</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <source>{name}, as at {time}</source>
        <translation>{name}, Stand {time}</translation>
    </message>
    <message>
        <source>a copy taken at {time}</source>
        <translation>eine Kopie von {time}</translation>
    </message>
    <message>
        <source>Could not compare the networks</source>
        <translation>Die Netze konnten nicht verglichen werden</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer.</translation>
    </message>
    <message>
        <source>No other network: choose one above.</source>
        <translation>Kein anderes Netz: Wähle oben eines aus.</translation>
    </message>
    <message>
        <source>Cannot compare with that model</source>
        <translation>Mit diesem Modell ist kein Vergleich möglich</translation>
    </message>
    <message>
        <source>The other network failed</source>
        <translation>Das andere Netz ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>{name}: why {label}</source>
        <translation>{name}: warum {label}</translation>
    </message>
    <message>
        <source>Choose another network above to see its layers here.</source>
        <translation>Wähle oben ein anderes Netz, um hier seine Schichten zu sehen.</translation>
    </message>
    <message>
        <source>Choose another network first.</source>
        <translation>Wähle zuerst ein anderes Netz.</translation>
    </message>
    <message>
        <source>The other network changed meanwhile: score them again.</source>
        <translation>Das andere Netz hat sich inzwischen geändert: Bewerte sie noch einmal.</translation>
    </message>
    <message>
        <source>Could not score them: {message}</source>
        <translation>Die Bewertung ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Could not score the two networks</source>
        <translation>Die beiden Netze konnten nicht bewertet werden</translation>
    </message>
    <message>
        <source>MNIST test digit #{i}</source>
        <translation>MNIST-Testziffer Nr. {i}</translation>
    </message>
</context>
<context>
    <name>inspect.views</name>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Follow your digit through the network, one layer at a time</source>
        <translation>Verfolge deine Ziffer durch das Netz, eine Schicht nach der anderen</translation>
    </message>
    <message>
        <source>Two digits</source>
        <translation>Zwei Ziffern</translation>
    </message>
    <message>
        <source>Your digit beside a second one, layer by layer: where do their paths part?</source>
        <translation>Deine Ziffer neben einer zweiten, Schicht für Schicht: Wo trennen sich ihre Wege?</translation>
    </message>
    <message>
        <source>Two networks</source>
        <translation>Zwei Netze</translation>
    </message>
    <message>
        <source>This network beside another on your digit, and both on the same test digits</source>
        <translation>Dieses Netz neben einem anderen an deiner Ziffer, und beide auf denselben Testziffern</translation>
    </message>
    <message>
        <source>What each layer knows</source>
        <translation>Was jede Schicht weiß</translation>
    </message>
    <message>
        <source>If the network stopped at a layer, what would it say? A read-out of every layer</source>
        <translation>Was würde das Netz sagen, wenn es bei einer Schicht aufhörte? Eine Auslese jeder Schicht</translation>
    </message>
</context>
</TS>
