<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>lab.filter_surgery</name>
    <message>
        <source>layer {lname} is not a convolution</source>
        <translation>Die Schicht {lname} ist keine Faltungsschicht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the model has no layer {lname}; its convolutions: {names}</source>
        <translation>Das Modell hat keine Schicht {lname}; seine Faltungsschichten: {names}</translation>
    </message>
    <message>
        <source>{lname} has filters 0 to {last}, not {index}</source>
        <translation>{lname} hat die Filter 0 bis {last}, nicht {index}</translation>
    </message>
    <message>
        <source>the filters of {lname} are {want}, not {shape}</source>
        <translation>Die Filter von {lname} sind {want}, nicht {shape}</translation>
    </message>
    <message>
        <source>filter {index} of {lname} edited</source>
        <translation>Filter {index} von {lname} bearbeitet</translation>
    </message>
    <message>
        <source>filter {index} of {lname} switched off</source>
        <translation>Filter {index} von {lname} abgeschaltet</translation>
    </message>
    <message>
        <source>the new weights must be finite numbers</source>
        <translation>Die neuen Gewichte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>there are no digits to measure the accuracy on</source>
        <translation>Es gibt keine Ziffern, an denen sich die Genauigkeit messen lässt</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.dataset</name>
    <message>
        <source>{dir} is a file, not a folder</source>
        <translation>{dir} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>{dir} holds no handwriting samples (no {manifest})</source>
        <translation>{dir} enthält keine Schriftproben (kein {manifest})</translation>
    </message>
    <message>
        <source>{dir} already holds other files and no {manifest}: choose an empty folder or one that holds your samples</source>
        <translation>{dir} enthält schon andere Dateien und kein {manifest}: Wähle einen leeren Ordner oder einen mit deinen Schriftproben</translation>
    </message>
    <message>
        <source>cannot create {dir}: folder {parent} does not exist</source>
        <translation>{dir} kann nicht angelegt werden: Der Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <source>cannot create {dir}: {reason}</source>
        <translation>{dir} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>sample {id} (digit {num}) skipped: {problem}</source>
        <translation>Schriftprobe {id} (Ziffer {num}) übersprungen: {problem}</translation>
    </message>
    <message>
        <source>1 sample listed in {manifest} had no picture file and were left out</source>
        <translation>1 Schriftprobe aus {manifest} hatte keine Bilddatei und wurde weggelassen</translation>
    </message>
    <message>
        <source>{n} samples listed in {manifest} had no picture file and were left out</source>
        <translation>{n} Schriftproben aus {manifest} hatten keine Bilddatei und wurden weggelassen</translation>
    </message>
    <message>
        <source>{n} unfinished sample file(s) not in {manifest} were ignored</source>
        <translation>{n} unfertige Datei(en) von Schriftproben, die nicht in {manifest} stehen, wurden ignoriert</translation>
    </message>
    <message>
        <source>removed {n} unfinished sample file(s) that {manifest} did not list (left by an interrupted save or delete)</source>
        <translation>{n} unfertige Datei(en) von Schriftproben, die nicht in {manifest} standen, entfernt (übrig von einem abgebrochenen Speichern oder Löschen)</translation>
    </message>
    <message>
        <source>there are no samples yet: draw some digits first</source>
        <translation>Es gibt noch keine Schriftproben: Zeichne zuerst ein paar Ziffern</translation>
    </message>
    <message>
        <source>draw at least 2 samples of {nums}: one to learn from and one kept aside to test the result</source>
        <translation>Zeichne mindestens 2 Schriftproben von {nums}: eine zum Lernen und eine, die zum Testen des Ergebnisses zurückgehalten wird</translation>
    </message>
    <message>
        <source>there is no sample {id} in {dir}</source>
        <translation>In {dir} gibt es keine Schriftprobe {id}</translation>
    </message>
    <message>
        <source>{dir} was opened read-only</source>
        <translation>{dir} wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the canvas drawing is too large to keep</source>
        <translation>Die Zeichnung auf der Zeichenfläche ist zu groß, um sie aufzubewahren</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.finetune</name>
    <message>
        <source>measuring the network before fine-tuning</source>
        <translation>Das Netz wird vor dem Nachtrainieren gemessen</translation>
    </message>
    <message>
        <source>measuring the network after fine-tuning</source>
        <translation>Das Netz wird nach dem Nachtrainieren gemessen</translation>
    </message>
    <message>
        <source>this model does not record its architecture, so it cannot be fine-tuned here</source>
        <translation>Dieses Modell speichert seine Architektur nicht und kann deshalb hier nicht nachtrainiert werden</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.manifest</name>
    <message>
        <source>a label must be a digit 0-9, not {label}</source>
        <translation>Ein Label muss eine Ziffer von 0 bis 9 sein, nicht {label}</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>keine Formatversion</translation>
    </message>
    <message>
        <source>no sample list</source>
        <translation>keine Liste der Schriftproben</translation>
    </message>
    <message>
        <source>id {id} appears twice</source>
        <translation>ID {id} kommt doppelt vor</translation>
    </message>
    <message>
        <source>sample {n}: {problem}</source>
        <translation>Schriftprobe {n}: {problem}</translation>
    </message>
    <message>
        <source>{place} cannot be read: {reason}</source>
        <translation>{place} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{place} is implausibly large</source>
        <translation>{place} ist unglaubwürdig groß</translation>
    </message>
    <message>
        <source>{place} is not valid JSON: not a handwriting dataset</source>
        <translation>{place} ist kein gültiges JSON: kein Handschrift-Datensatz</translation>
    </message>
    <message>
        <source>{place} belongs to something else, not a Convscope handwriting dataset</source>
        <translation>{place} gehört zu etwas anderem, nicht zu einem Convscope-Handschrift-Datensatz</translation>
    </message>
    <message>
        <source>{place} was written by a newer Convscope (format {version})</source>
        <translation>{place} wurde von einem neueren Convscope geschrieben (Format {version})</translation>
    </message>
    <message>
        <source>file {fname} appears twice</source>
        <translation>Datei {fname} kommt doppelt vor</translation>
    </message>
    <message>
        <source>{place} is garbled ({problem})</source>
        <translation>{place} ist beschädigt ({problem})</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>no valid id</source>
        <translation>keine gültige ID</translation>
    </message>
    <message>
        <source>no valid file name</source>
        <translation>kein gültiger Dateiname</translation>
    </message>
    <message>
        <source>invalid canvas file name</source>
        <translation>ungültiger Dateiname der Zeichnung</translation>
    </message>
    <message>
        <source>label {label} is not a digit 0-9</source>
        <translation>Label {label} ist keine Ziffer von 0 bis 9</translation>
    </message>
    <message>
        <source>no held_out flag</source>
        <translation>keine Angabe, ob die Schriftprobe zurückgehalten wird</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.mixing</name>
    <message>
        <source>the share of your samples must be a fraction from 0 up to 1</source>
        <translation>Der Anteil deiner Schriftproben muss ein Bruchteil von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>{dir} has no training samples to mix in</source>
        <translation>{dir} hat keine Schriftproben zum Trainieren, die untergemischt werden könnten</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.pictures</name>
    <message>
        <source>{name} is not a PNG file</source>
        <translation>{name} ist keine PNG-Datei</translation>
    </message>
    <message>
        <source>{name} is {w}x{h}, not {want_w}x{want_h}</source>
        <translation>{name} ist {w}x{h} groß, nicht {want_w}x{want_h}</translation>
    </message>
    <message>
        <source>{name} is implausibly large ({w}x{h})</source>
        <translation>{name} ist unglaubwürdig groß ({w}x{h})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>{name} kann nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>lab.kernels</name>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>vertical edge</source>
        <translation>Senkrechte Kante</translation>
    </message>
    <message>
        <source>horizontal edge</source>
        <translation>Waagerechte Kante</translation>
    </message>
    <message>
        <source>diagonal edge ↘</source>
        <translation>Diagonale Kante ↘</translation>
    </message>
    <message>
        <source>diagonal edge ↗</source>
        <translation>Diagonale Kante ↗</translation>
    </message>
    <message>
        <source>blur 3x3</source>
        <translation>Weichzeichner 3x3</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>emboss</source>
        <translation>Relief</translation>
    </message>
    <message>
        <source>vertical stroke 5x5</source>
        <translation>Senkrechter Strich 5x5</translation>
    </message>
    <message>
        <source>horizontal stroke 5x5</source>
        <translation>Waagerechter Strich 5x5</translation>
    </message>
    <message>
        <source>blur 5x5</source>
        <translation>Weichzeichner 5x5</translation>
    </message>
    <message>
        <source>Gaussian blur 5x5</source>
        <translation>Gauß-Weichzeichner 5x5</translation>
    </message>
    <message>
        <source>vertical edge 5x5</source>
        <translation>Senkrechte Kante 5x5</translation>
    </message>
    <message>
        <source>One 1 in the middle: every value is the pixel under it, the image unchanged.</source>
        <translation>Eine 1 in der Mitte: Jeder Wert ist das Pixel darunter, das Bild bleibt unverändert.</translation>
    </message>
    <message>
        <source>Left side negative, right side positive: lights up where dark turns to ink going right (red) and ink turns to dark (blue).</source>
        <translation>Links negativ, rechts positiv: Leuchtet auf, wo nach rechts hin Dunkel in Tinte übergeht (rot) und Tinte in Dunkel (blau).</translation>
    </message>
    <message>
        <source>Top negative, bottom positive: finds the top (red) and bottom (blue) edges of strokes.</source>
        <translation>Oben negativ, unten positiv: Findet die oberen (rot) und unteren (blau) Kanten von Strichen.</translation>
    </message>
    <message>
        <source>Finds edges running from top-left to bottom-right.</source>
        <translation>Findet Kanten, die von links oben nach rechts unten verlaufen.</translation>
    </message>
    <message>
        <source>Finds edges running from bottom-left to top-right.</source>
        <translation>Findet Kanten, die von links unten nach rechts oben verlaufen.</translation>
    </message>
    <message>
        <source>The average of nine pixels: strokes get softer and wider.</source>
        <translation>Der Mittelwert aus neun Pixeln: Striche werden weicher und breiter.</translation>
    </message>
    <message>
        <source>The pixel counted five times minus its four neighbours: edges stand out.</source>
        <translation>Das Pixel fünffach gezählt minus seine vier Nachbarn: Kanten treten hervor.</translation>
    </message>
    <message>
        <source>The pixel against its eight neighbours: zero on flat areas, strong on outlines.</source>
        <translation>Das Pixel gegen seine acht Nachbarn: null auf gleichmäßigen Flächen, stark an Umrissen.</translation>
    </message>
    <message>
        <source>A slanted edge finder: the digit looks lit from one corner.</source>
        <translation>Ein schräger Kantenfinder: Die Ziffer sieht aus, als würde sie von einer Ecke aus beleuchtet.</translation>
    </message>
    <message>
        <source>A bright column between dark ones: finds upright strokes like a 1.</source>
        <translation>Eine helle Spalte zwischen dunklen: Findet senkrechte Striche wie bei einer 1.</translation>
    </message>
    <message>
        <source>A bright row between dark ones: finds flat strokes like the top of a 7.</source>
        <translation>Eine helle Zeile zwischen dunklen: Findet waagerechte Striche wie den oberen Strich einer 7.</translation>
    </message>
    <message>
        <source>The average of 25 pixels: a stronger blur.</source>
        <translation>Der Mittelwert aus 25 Pixeln: ein stärkeres Weichzeichnen.</translation>
    </message>
    <message>
        <source>A weighted average, the middle counting most: a smooth blur.</source>
        <translation>Ein gewichteter Mittelwert, bei dem die Mitte am meisten zählt: ein sanftes Weichzeichnen.</translation>
    </message>
    <message>
        <source>A wider vertical edge finder: less sensitive to small wobbles.</source>
        <translation>Ein breiterer Finder für senkrechte Kanten: weniger empfindlich für kleine Zitterer.</translation>
    </message>
    <message>
        <source>{token} is not a number</source>
        <translation>{token} ist keine Zahl</translation>
    </message>
    <message>
        <source>{token} must be a number between -1000 and 1000</source>
        <translation>{token} muss eine Zahl zwischen -1000 und 1000 sein</translation>
    </message>
    <message>
        <source>the kernel is empty: type rows of numbers, e.g. 1 0 -1; 2 0 -2; 1 0 -1</source>
        <translation>Der Kern ist leer: Tippe Zeilen aus Zahlen, z. B. 1 0 -1; 2 0 -2; 1 0 -1</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>the rows have different lengths ({widths} numbers): every row needs the same count</source>
        <translation>Die Zeilen sind unterschiedlich lang ({widths} Zahlen): Jede Zeile braucht gleich viele</translation>
    </message>
    <message>
        <source>the kernel is {rows}x{cols}: it must be 3x3 or 5x5</source>
        <translation>Der Kern ist {rows}x{cols} groß: Er muss 3x3 oder 5x5 sein</translation>
    </message>
    <message>
        <source>the kernel has a value that is not a number</source>
        <translation>Der Kern enthält einen Wert, der keine Zahl ist</translation>
    </message>
</context>
<context>
    <name>lab.neighbours</name>
    <message>
        <source>the model has a single layer: there is no hidden layer to compare</source>
        <translation>Das Modell hat nur eine Schicht: Es gibt keine verborgene Schicht zum Vergleichen</translation>
    </message>
    <message>
        <source>the model has no layer {lname}</source>
        <translation>Das Modell hat keine Schicht {lname}</translation>
    </message>
    <message>
        <source>the index holds no digit {num}</source>
        <translation>Der Index enthält keine Ziffer {num}</translation>
    </message>
    <message>
        <source>there are no digits to index</source>
        <translation>Es gibt keine Ziffern zum Indizieren</translation>
    </message>
</context>
<context>
    <name>lab.occlusion</name>
    <message>
        <source>an occlusion patch of {patch} with stride {stride} does not fit</source>
        <translation>Ein Verdeckungsquadrat der Größe {patch} mit Schrittweite {stride} passt nicht</translation>
    </message>
</context>
<context>
    <name>lab.robustness</name>
    <message>
        <source>no model to measure</source>
        <translation>Kein Modell zum Messen</translation>
    </message>
    <message>
        <source>no digits to measure on</source>
        <translation>Keine Ziffern zum Messen</translation>
    </message>
    <message>
        <source>the sample must hold at least one digit, not {n}</source>
        <translation>Die Stichprobe muss mindestens eine Ziffer enthalten, nicht {n}</translation>
    </message>
    <message>
        <source>shift distances must be zero or positive</source>
        <translation>Verschiebungen müssen null oder positiv sein</translation>
    </message>
</context>
<context>
    <name>lab.saliency</name>
    <message>
        <source>class {index} does not exist; classes are 0 to 9</source>
        <translation>Die Klasse {index} gibt es nicht; die Klassen sind 0 bis 9</translation>
    </message>
    <message>
        <source>layer {lname} has no 2-D feature maps for Grad-CAM to weigh</source>
        <translation>Die Schicht {lname} hat keine 2-D-Merkmalskarten, die Grad-CAM gewichten könnte</translation>
    </message>
    <message>
        <source>the model has no layer {lname}; its layers are: {names}</source>
        <translation>Das Modell hat keine Schicht {lname}; seine Schichten sind: {names}</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer, and this model has none: try the gradient or occlusion method</source>
        <translation>Grad-CAM braucht eine Faltungsschicht, und dieses Modell hat keine: Probiere den Gradienten oder die Verdeckung</translation>
    </message>
    <message>
        <source>Grad-CAM cannot weigh the output layer itself</source>
        <translation>Grad-CAM kann die Ausgabeschicht selbst nicht gewichten</translation>
    </message>
    <message>
        <source>unknown saliency method {method}; choose one of {methods}</source>
        <translation>Unbekannte Salienzmethode {method}; wähle eine von {methods}</translation>
    </message>
</context>
<context>
    <name>lab.saliency_notes</name>
    <message>
        <source>Maps of layer {lname} ({rows}x{cols}), weighed by the gradient of the pre-softmax score (logit) of class {cls}.</source>
        <translation>Merkmalskarten der Schicht {lname} ({rows}x{cols}), gewichtet mit dem Gradienten des Scores vor dem Softmax (Logit) der Klasse {cls}.</translation>
    </message>
    <message>
        <source>Maps of layer {lname} ({rows}x{cols}), weighed by the gradient of the output score of class {cls}.</source>
        <translation>Merkmalskarten der Schicht {lname} ({rows}x{cols}), gewichtet mit dem Gradienten des Ausgabe-Scores der Klasse {cls}.</translation>
    </message>
    <message>
        <source>No place of these maps raises that score: the map is empty.</source>
        <translation>Keine Stelle dieser Merkmalskarten erhöht diesen Score: Die Karte ist leer.</translation>
    </message>
    <message>
        <source>How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel.</source>
        <translation>Wie stark der Score vor dem Softmax (Logit) der Klasse {cls} auf jedes Pixel reagiert.</translation>
    </message>
    <message>
        <source>How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel, averaged over 1 noisy copy (SmoothGrad).</source>
        <translation>Wie stark der Score vor dem Softmax (Logit) der Klasse {cls} auf jedes Pixel reagiert, gemittelt über 1 verrauschte Kopie (SmoothGrad).</translation>
    </message>
    <message>
        <source>How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel, averaged over {n} noisy copies (SmoothGrad).</source>
        <translation>Wie stark der Score vor dem Softmax (Logit) der Klasse {cls} auf jedes Pixel reagiert, gemittelt über {n} verrauschte Kopien (SmoothGrad).</translation>
    </message>
    <message>
        <source>How strongly the output score of class {cls} reacts to each pixel.</source>
        <translation>Wie stark der Ausgabe-Score der Klasse {cls} auf jedes Pixel reagiert.</translation>
    </message>
    <message>
        <source>How strongly the output score of class {cls} reacts to each pixel, averaged over 1 noisy copy (SmoothGrad).</source>
        <translation>Wie stark der Ausgabe-Score der Klasse {cls} auf jedes Pixel reagiert, gemittelt über 1 verrauschte Kopie (SmoothGrad).</translation>
    </message>
    <message>
        <source>How strongly the output score of class {cls} reacts to each pixel, averaged over {n} noisy copies (SmoothGrad).</source>
        <translation>Wie stark der Ausgabe-Score der Klasse {cls} auf jedes Pixel reagiert, gemittelt über {n} verrauschte Kopien (SmoothGrad).</translation>
    </message>
    <message>
        <source>Mean drop of the probability of class {cls} when {square}x{patch} square around each pixel is blanked (1 square on the digit, {stride} px apart, in one batch).</source>
        <translation>Mittlerer Rückgang der Wahrscheinlichkeit der Klasse {cls}, wenn ein {patch}x{patch}-Quadrat um jedes Pixel geschwärzt wird (1 Quadrat auf der Ziffer, {stride} px Abstand, in einem Batch).</translation>
    </message>
    <message>
        <source>Mean drop of the probability of class {cls} when {square}x{patch} square around each pixel is blanked ({n} squares on the digit, {stride} px apart, in one batch).</source>
        <translation>Mittlerer Rückgang der Wahrscheinlichkeit der Klasse {cls}, wenn ein {patch}x{patch}-Quadrat um jedes Pixel geschwärzt wird ({n} Quadrate auf der Ziffer, {stride} px Abstand, in einem Batch).</translation>
    </message>
</context>
</TS>