<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>architectures</name>
    <message>
        <source>the architecture has no layers</source>
        <translation>die Architektur hat keine Schichten</translation>
    </message>
    <message>
        <source>layer {n}: expected a dict of settings, got {raw}</source>
        <translation>Schicht {n}: erwartet wurden Einstellungen als Wörterbuch (dict), bekommen: {raw}</translation>
    </message>
    <message>
        <source>layer {n}: unknown type {kind}; use one of {names}</source>
        <translation>Schicht {n}: unbekannter Typ {kind}; nimm einen von {names}</translation>
    </message>
    <message>
        <source>layer {n} ({kind})</source>
        <translation>Schicht {n} ({kind})</translation>
    </message>
    <message>
        <source>the last layer must be Dense with {n} units, one per digit (it is {type})</source>
        <translation>die letzte Schicht muss Dense mit {n} Einheiten sein, eine pro Ziffer (sie ist {type})</translation>
    </message>
    <message>
        <source>the last layer needs activation 'softmax' so its outputs are probabilities</source>
        <translation>die letzte Schicht braucht die Aktivierung 'softmax', damit ihre Ausgaben Wahrscheinlichkeiten sind</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>pooling window</source>
        <translation>Pooling-Fenster</translation>
    </message>
    <message>
        <source>{place}: {part} must be a whole number or a pair, not {given}</source>
        <translation>{place}: {part} muss eine ganze Zahl oder ein Paar sein, nicht {given}</translation>
    </message>
    <message>
        <source>{place}: {part} must be at least 1, not {given}</source>
        <translation>{place}: {part} muss mindestens 1 sein, nicht {given}</translation>
    </message>
    <message>
        <source>{place}: unknown setting {names}</source>
        <translation>{place}: unbekannte Einstellung {names}</translation>
    </message>
    <message>
        <source>{place}: name {name} must be a simple identifier</source>
        <translation>{place}: der Name {name} muss ein einfacher Bezeichner sein (Buchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <source>{place}: the name {name} is used twice</source>
        <translation>{place}: der Name {name} kommt zweimal vor</translation>
    </message>
    <message>
        <source>{place}: unknown activation {activation}; use one of {names}</source>
        <translation>{place}: unbekannte Aktivierung {activation}; nimm eine von {names}</translation>
    </message>
    <message>
        <source>{place}: receives {a_size} map; add a Flatten layer before it to unroll the map into a vector</source>
        <translation>{place}: bekommt eine {size}-Karte; setze davor eine Flatten-Schicht, die die Karte zu einem Vektor abflacht</translation>
    </message>
    <message>
        <source>{place}: units must be a whole number of at least 1</source>
        <translation>{place}: die Zahl der Einheiten (units) muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>{place}: the input is already flat; remove this layer</source>
        <translation>{place}: die Eingabe ist schon flach; entferne diese Schicht</translation>
    </message>
    <message>
        <source>{place}: rate must be a fraction from 0 up to (not including) 1</source>
        <translation>{place}: rate muss ein Anteil von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>{place}: momentum must be a fraction from 0 up to (not including) 1</source>
        <translation>{place}: momentum muss ein Anteil von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>{place}: needs a 2-D feature map, but the input was already flattened to {shape}; move it before Flatten</source>
        <translation>{place}: braucht eine 2-D-Merkmalskarte, aber die Eingabe wurde schon zu {shape} abgeflacht; verschiebe sie vor Flatten</translation>
    </message>
    <message>
        <source>{place}: padding must be 'valid' or 'same', not {padding}</source>
        <translation>{place}: padding muss 'valid' oder 'same' sein, nicht {padding}</translation>
    </message>
    <message>
        <source>{place}: filters must be a whole number of at least 1</source>
        <translation>{place}: die Zahl der Filter muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>{place}: its {kh}x{kw} {part} is larger than its {h}x{w} input; use a smaller one or padding 'same'</source>
        <translation>{place}: {part} ({kh}x{kw}) ist größer als die {h}x{w} große Eingabe; nimm eine kleinere Größe oder padding 'same'</translation>
    </message>
    <message>
        <source>{place}: the feature map would shrink below 1x1 (from {h}x{w})</source>
        <translation>{place}: die Merkmalskarte würde unter 1x1 schrumpfen (von {h}x{w})</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrücklich angegebenes Argument %r ignoriert</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet genau ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Argumente</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(given)r</source>
        <translation>ungültiger Wert für %(type)s: %(given)r</translation>
    </message>
    <message>
        <source>invalid choice: %(given)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(given)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich sind %(choices)s)</translation>
    </message>
</context>
<context>
    <name>commands.calibrate</name>
    <message>
        <source>fit a model's 'not sure' threshold to MNIST test digits and store it in the file</source>
        <translation>die „unsicher“-Schwelle eines Modells an MNIST-Testziffern anpassen und in der Datei speichern</translation>
    </message>
    <message>
        <source>Fit the temperature and the 'not sure' thresholds on the first half of MNIST's test digits, check them on the second half, and write them into the model file's metadata (the network itself is not changed).</source>
        <translation>Passt die Temperatur und die „unsicher“-Schwellen an der ersten Hälfte der MNIST-Testziffern an, prüft sie an der zweiten Hälfte und schreibt sie in die Metadaten der Modelldatei (das Netz selbst bleibt unverändert).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>a .keras file</source>
        <translation>eine .keras-Datei</translation>
    </message>
    <message>
        <source>the share of calibration digits allowed to be flagged (default 0.025)</source>
        <translation>Anteil der Kalibrierziffern, die als unsicher markiert werden dürfen (Standard 0,025)</translation>
    </message>
    <message>
        <source>MNIST in Keras's .npz format</source>
        <translation>MNIST im .npz-Format von Keras</translation>
    </message>
    <message>
        <source>print the calibration as JSON</source>
        <translation>die Kalibrierung als JSON ausgeben</translation>
    </message>
    <message>
        <source>--false-alarm must be between 0 and 0.5, not {given}</source>
        <translation>--false-alarm muss zwischen 0 und 0,5 liegen, nicht {given}</translation>
    </message>
    <message>
        <source>{path}: temperature {temperature}; 'not sure' below a top score of {threshold}, which flags {share} of the other {n} test digits</source>
        <translation>{path}: Temperatur {temperature}; „unsicher“ unter einem Höchstwert von {threshold}; das markiert {share} der übrigen {n} Testziffern</translation>
    </message>
</context>
<context>
    <name>commands.classify</name>
    <message>
        <source>classify image files</source>
        <translation>Bilddateien klassifizieren</translation>
    </message>
    <message>
        <source>Classify one or more images of digits: each as one digit, and, when it holds several (a number), each of them too.</source>
        <translation>Klassifiziert ein oder mehrere Bilder von Ziffern: jedes als eine Ziffer und, wenn es mehrere enthält (eine Zahl), auch jede davon einzeln.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>BILD</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>Modelldatei (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <source>print a JSON list, one object per image</source>
        <translation>eine JSON-Liste ausgeben, ein Objekt pro Bild</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>runner-up</source>
        <translation>Zweitplatzierte</translation>
    </message>
    <message>
        <source>blank: no digit found</source>
        <translation>leer: keine Ziffer gefunden</translation>
    </message>
    <message>
        <source>may not be a digit</source>
        <translation>vielleicht keine Ziffer</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>number: {number}</source>
        <translation>Zahl: {number}</translation>
    </message>
</context>
<context>
    <name>commands.common</name>
    <message>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>MNIST test digits {first}-{last}</source>
        <translation>MNIST-Testziffern {first}–{last}</translation>
    </message>
    <message>
        <source>no model at {path}; train one with: {command}</source>
        <translation>kein Modell unter {path}; trainiere eins mit: {command}</translation>
    </message>
</context>
<context>
    <name>commands.compare</name>
    <message>
        <source>two models on the same test digits: accuracy, agreement, disagreements</source>
        <translation>zwei Modelle auf denselben Testziffern: Genauigkeit, Übereinstimmung, Abweichungen</translation>
    </message>
    <message>
        <source>Run two models on the same MNIST test digits and list the digits on which they give different answers (indices into the test set).</source>
        <translation>Lässt zwei Modelle auf denselben MNIST-Testziffern laufen und listet die Ziffern auf, bei denen sie verschieden antworten (Indizes in der Testmenge).</translation>
    </message>
    <message>
        <source>the first model file</source>
        <translation>die erste Modelldatei</translation>
    </message>
    <message>
        <source>the second model file</source>
        <translation>die zweite Modelldatei</translation>
    </message>
    <message>
        <source>test digits (default: all 10,000)</source>
        <translation>Testziffern (Standard: alle 10.000)</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>MNIST-.npz-Datei (Standard: die mitgelieferte Kopie)</translation>
    </message>
    <message>
        <source>print the comparison as JSON</source>
        <translation>den Vergleich als JSON ausgeben</translation>
    </message>
    <message>
        <source>--n must be at least 1, not {n}</source>
        <translation>--n muss mindestens 1 sein, nicht {n}</translation>
    </message>
    <message>
        <source>on the first {n} test digits:</source>
        <translation>auf den ersten {n} Testziffern:</translation>
    </message>
    <message>
        <source>  {name}: {pct} % right</source>
        <translation>  {name}: {pct} % richtig</translation>
    </message>
    <message>
        <source>  they agree on {pct} %; they disagree on {n} digits</source>
        <translation>  sie stimmen bei {pct} % überein; bei {n} Ziffern antworten sie verschieden</translation>
    </message>
</context>
<context>
    <name>commands.evaluate</name>
    <message>
        <source>test accuracy and confusion matrix on MNIST's test set</source>
        <translation>Testgenauigkeit und Konfusionsmatrix auf der MNIST-Testmenge</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>Modelldatei (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>MNIST-.npz-Datei (Standard: die mitgelieferte Kopie)</translation>
    </message>
    <message>
        <source>use the first N test digits only</source>
        <translation>nur die ersten N Testziffern verwenden</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>die Kennzahlen als JSON ausgeben</translation>
    </message>
    <message>
        <source>model {path}: test accuracy {pct} on {count}</source>
        <translation>Modell {path}: Testgenauigkeit {pct} auf {count}</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>per class: {figures}</source>
        <translation>pro Klasse: {figures}</translation>
    </message>
    <message>
        <source>confusion matrix (rows: true digit, columns: predicted):</source>
        <translation>Konfusionsmatrix (Zeilen: richtige Ziffer, Spalten: vorhergesagte):</translation>
    </message>
</context>
<context>
    <name>commands.explain</name>
    <message>
        <source>take one value of a conv or pooling layer apart</source>
        <translation>einen Wert einer Faltungs- oder Pooling-Schicht Schritt für Schritt zerlegen</translation>
    </message>
    <message>
        <source>Show how one value of a feature map was computed for the digit in IMAGE: the filter's window, weights, sum, bias and activation, or the pooling window and its winner.</source>
        <translation>Zeigt, wie ein Wert einer Merkmalskarte für die Ziffer in BILD berechnet wurde: das Fenster des Filters, Gewichte, Summe, Bias und Aktivierung oder das Pooling-Fenster und sein Gewinner.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>BILD</translation>
    </message>
    <message>
        <source>a Conv2D or pooling layer's name</source>
        <translation>der Name einer Conv2D- oder Pooling-Schicht</translation>
    </message>
    <message>
        <source>ROW,COL</source>
        <translation>ZEILE,SPALTE</translation>
    </message>
    <message>
        <source>position in that layer's feature map, from 0</source>
        <translation>Position in der Merkmalskarte dieser Schicht, ab 0 gezählt</translation>
    </message>
    <message>
        <source>feature map (channel), default 0</source>
        <translation>Merkmalskarte (Kanal), Standard 0</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>Modelldatei (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <source>print the numbers as JSON</source>
        <translation>die Zahlen als JSON ausgeben</translation>
    </message>
    <message>
        <source>{option} must be ROW,COL (two whole numbers), not {given}</source>
        <translation>{option} muss ZEILE,SPALTE sein (zwei ganze Zahlen), nicht {given}</translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to explain</source>
        <translation>{path}: leer, keine Ziffer gefunden; es gibt nichts zu erklären</translation>
    </message>
</context>
<context>
    <name>commands.export_animation</name>
    <message>
        <source>write an animated GIF or WebP: the filter sliding, or a robustness sweep</source>
        <translation>ein animiertes GIF oder WebP schreiben: der gleitende Filter oder ein Robustheitsdurchlauf</translation>
    </message>
    <message>
        <source>Write an animation of the digit in IMAGE for slides. 'slide': a convolution filter slides over the digit and builds its feature map. 'sweep': the digit is moved, turned, resized, thickened or spoiled step by step while two networks answer. The suffix of {option} chooses GIF or WebP.</source>
        <translation>Schreibt eine Animation der Ziffer in BILD für Folien. 'slide': Ein Faltungsfilter gleitet über die Ziffer und baut seine Merkmalskarte auf. 'sweep': Die Ziffer wird Schritt für Schritt verschoben, gedreht, skaliert, verdickt oder verschmutzt, während zwei Netze antworten. Die Endung von {option} wählt GIF oder WebP.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>slide or sweep</source>
        <translation>slide oder sweep</translation>
    </message>
    <message>
        <source>IMG</source>
        <translation>BILD</translation>
    </message>
    <message>
        <source>picture of one digit</source>
        <translation>Bild einer einzelnen Ziffer</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>Modelldatei (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>.gif or .webp file to write</source>
        <translation>zu schreibende .gif- oder .webp-Datei</translation>
    </message>
    <message>
        <source>number of frames (default 60)</source>
        <translation>Anzahl der Einzelbilder (Standard 60)</translation>
    </message>
    <message>
        <source>slide: the conv layer (default: the first)</source>
        <translation>slide: die Faltungsschicht (Standard: die erste)</translation>
    </message>
    <message>
        <source>slide: which filter (default: the one responding most to the digit)</source>
        <translation>slide: welcher Filter (Standard: der, der am stärksten auf die Ziffer reagiert)</translation>
    </message>
    <message>
        <source>sweep: what changes (default: turn)</source>
        <translation>sweep: was sich ändert (Standard: die Ziffer wird gedreht)</translation>
    </message>
    <message>
        <source>sweep: the second network (default: the shipped mlp.keras; 'none' for none)</source>
        <translation>sweep: das zweite Netz (Standard: das mitgelieferte mlp.keras; 'none' für keines)</translation>
    </message>
    <message>
        <source>--frames must be at least 1, not {n}</source>
        <translation>--frames muss mindestens 1 sein, nicht {n}</translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to animate</source>
        <translation>{path}: leer, keine Ziffer gefunden; es gibt nichts zu animieren</translation>
    </message>
    <message>
        <source>wrote {path} ({n} frames)</source>
        <translation>{path} geschrieben ({n} Einzelbilder)</translation>
    </message>
</context>
<context>
    <name>commands.export_handout</name>
    <message>
        <source>write a one-file HTML lesson handout of a model and a digit</source>
        <translation>ein Arbeitsblatt als einzelne HTML-Datei zu einem Modell und einer Ziffer schreiben</translation>
    </message>
    <message>
        <source>Write one HTML file with its pictures inside: the digit in IMAGE and the network's answer, the network's layers, its accuracy and confusion matrix on the MNIST test digits, the digit through every layer and the first layer's filters. Open it in a browser to print it or save it as PDF; drag its pictures into slides.</source>
        <translation>Schreibt eine HTML-Datei mit eingebetteten Bildern: die Ziffer in BILD und die Antwort des Netzes, die Schichten des Netzes, seine Genauigkeit und Konfusionsmatrix auf den MNIST-Testziffern, die Ziffer in jeder Schicht und die Filter der ersten Schicht. Öffne sie im Browser, um sie zu drucken oder als PDF zu speichern; zieh ihre Bilder in deine Folien.</translation>
    </message>
    <message>
        <source>IMG</source>
        <translation>BILD</translation>
    </message>
    <message>
        <source>picture of one digit</source>
        <translation>Bild einer einzelnen Ziffer</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>Modelldatei (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>HTML file to write</source>
        <translation>zu schreibende HTML-Datei</translation>
    </message>
    <message>
        <source>MNIST .npz file to measure on (default: the bundled copy)</source>
        <translation>MNIST-.npz-Datei für die Messung (Standard: die mitgelieferte Kopie)</translation>
    </message>
    <message>
        <source>{option} {path}: the handout is an .html file</source>
        <translation>{option} {path}: das Arbeitsblatt ist eine .html-Datei</translation>
    </message>
    <message>
        <source>wrote {path} ({name})</source>
        <translation>{path} geschrieben ({name})</translation>
    </message>
    <message>
        <source>wrote {path} ({name}, {pct} % on the test digits)</source>
        <translation>{path} geschrieben ({name}, {pct} % auf den Testziffern)</translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to explain</source>
        <translation>{path}: leer, keine Ziffer gefunden; es gibt nichts zu erklären</translation>
    </message>
</context>
<context>
    <name>commands.info</name>
    <message>
        <source>layers, shapes, parameters and metadata of a model file</source>
        <translation>Schichten, Formen, Parameter und Metadaten einer Modelldatei</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation>als JSON ausgeben</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>epochs completed</source>
        <translation>abgeschlossene Epochen</translation>
    </message>
    <message>
        <source>train seconds</source>
        <translation>Trainingszeit in Sekunden</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>total parameters: {n}</source>
        <translation>Parameter insgesamt: {n}</translation>
    </message>
</context>
<context>
    <name>commands.probes</name>
    <message>
        <source>what each layer already knows: a linear read-out of every layer</source>
        <translation>was jede Schicht schon weiß: eine lineare Auslesung jeder Schicht</translation>
    </message>
    <message>
        <source>Train a linear classifier (multinomial logistic regression) on each layer's output for a seeded sample of training digits, and score it on test digits: how well the digit can be read off what the network has computed so far. The first entry is the raw pixels, the baseline.</source>
        <translation>Trainiert einen linearen Klassifikator (multinomiale logistische Regression) auf der Ausgabe jeder Schicht für eine zufällige, reproduzierbare Auswahl von Trainingsziffern und bewertet ihn auf Testziffern: wie gut sich die Ziffer aus dem ablesen lässt, was das Netz bis dahin berechnet hat. Der erste Eintrag sind die rohen Pixel, der Vergleichswert.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>model file (default: the shipped default.keras)</source>
        <translation>Modelldatei (Standard: das mitgelieferte default.keras)</translation>
    </message>
    <message>
        <source>training digits (default 4000)</source>
        <translation>Trainingsziffern (Standard 4000)</translation>
    </message>
    <message>
        <source>seed of the digit samples</source>
        <translation>Startwert (Seed) für die Auswahl der Ziffern</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>MNIST-.npz-Datei (Standard: die mitgelieferte Kopie)</translation>
    </message>
    <message>
        <source>print the read-outs as JSON</source>
        <translation>die Auslesungen als JSON ausgeben</translation>
    </message>
    <message>
        <source>--n must be at least 10, not {n}</source>
        <translation>--n muss mindestens 10 sein, nicht {n}</translation>
    </message>
    <message>
        <source>what each layer of {name} already knows: a linear read-out trained on {n_train} training digits, scored on {n_test} test digits ({seconds} s)</source>
        <translation>was jede Schicht von {name} schon weiß: eine lineare Auslesung, trainiert auf {n_train} Trainingsziffern, bewertet auf {n_test} Testziffern ({seconds} s)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>read by</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>commands.progress</name>
    <message>
        <source>epoch {n}/{total} [{bar}] loss {l} acc {a} {speed}/s ETA {eta}  </source>
        <translation>Epoche {n}/{total} [{bar}] Verlust {l} Gen. {a} {speed}/s noch {eta}  </translation>
    </message>
    <message>
        <source>epoch {n}/{total}</source>
        <translation>Epoche {n}/{total}</translation>
    </message>
    <message>
        <source>loss {x}</source>
        <translation>Verlust {x}</translation>
    </message>
    <message>
        <source>accuracy {x}</source>
        <translation>Genauigkeit {x}</translation>
    </message>
    <message>
        <source>val_loss {x}</source>
        <translation>Validierungsverlust {x}</translation>
    </message>
    <message>
        <source>val_accuracy {x}</source>
        <translation>Validierungsgenauigkeit {x}</translation>
    </message>
</context>
<context>
    <name>commands.robustness</name>
    <message>
        <source>accuracy of models as test digits are shifted and rotated</source>
        <translation>Genauigkeit von Modellen, wenn Testziffern verschoben und gedreht werden</translation>
    </message>
    <message>
        <source>Move a seeded sample of test digits 0 to 6 pixels (each in its own random direction) and turn them by -45 to 45 degrees; print each model's accuracy at every step. A network that keeps its accuracy copes with digits written off centre or slanted.</source>
        <translation>Verschiebt eine reproduzierbare Auswahl von Testziffern um 0 bis 6 Pixel (jede in ihre eigene zufällige Richtung) und dreht sie um -45 bis 45 Grad; gibt bei jedem Schritt die Genauigkeit jedes Modells aus. Ein Netz, das seine Genauigkeit hält, kommt mit Ziffern zurecht, die nicht mittig oder schräg geschrieben sind.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>model files to compare (default: the shipped default.keras and mlp.keras)</source>
        <translation>zu vergleichende Modelldateien (Standard: die mitgelieferten default.keras und mlp.keras)</translation>
    </message>
    <message>
        <source>test digits in the sample (default 1000)</source>
        <translation>Testziffern in der Auswahl (Standard 1000)</translation>
    </message>
    <message>
        <source>seed of the sample and directions</source>
        <translation>Startwert (Seed) für Auswahl und Richtungen</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>MNIST-.npz-Datei (Standard: die mitgelieferte Kopie)</translation>
    </message>
    <message>
        <source>print the curves as JSON</source>
        <translation>die Kurven als JSON ausgeben</translation>
    </message>
    <message>
        <source>--n must be at least 1, not {n}</source>
        <translation>--n muss mindestens 1 sein, nicht {n}</translation>
    </message>
    <message>
        <source>no model at {path}; train one with: {command}</source>
        <translation>kein Modell unter {path}; trainiere eins mit: {command}</translation>
    </message>
    <message>
        <source>accuracy on {count} (seed {seed}) as they move and turn further</source>
        <translation>Genauigkeit auf {count} (Seed {seed}), je weiter sie verschoben und gedreht werden</translation>
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
        <source>moved by (each digit in its own random direction)</source>
        <translation>verschoben um (jede Ziffer in ihre eigene zufällige Richtung)</translation>
    </message>
    <message>
        <source>turned by (positive: anticlockwise)</source>
        <translation>gedreht um (positiv: gegen den Uhrzeigersinn)</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>Grad</translation>
    </message>
</context>
<context>
    <name>commands.train</name>
    <message>
        <source>train a network on MNIST and save it</source>
        <translation>ein Netz auf MNIST trainieren und speichern</translation>
    </message>
    <message>
        <source>Train a preset or a JSON architecture on MNIST, evaluate it on the test set and save it with its metadata.</source>
        <translation>Trainiert eine Voreinstellung oder eine JSON-Architektur auf MNIST, bewertet sie auf der Testmenge und speichert sie mit ihren Metadaten.</translation>
    </message>
    <message>
        <source>architecture: mlp, lenet, default or best (default: default)</source>
        <translation>Architektur: mlp, lenet, default oder best (Standard: default)</translation>
    </message>
    <message>
        <source>JSON file with a layer list instead of a preset</source>
        <translation>JSON-Datei mit einer Liste von Schichten statt einer Voreinstellung</translation>
    </message>
    <message>
        <source>passes over the training set</source>
        <translation>Durchgänge durch die Trainingsmenge (Epochen)</translation>
    </message>
    <message>
        <source>digits per weight update</source>
        <translation>Ziffern pro Aktualisierung der Gewichte</translation>
    </message>
    <message>
        <source>step size of the optimizer</source>
        <translation>Schrittweite des Optimierers</translation>
    </message>
    <message>
        <source>adam or sgd (with momentum)</source>
        <translation>adam oder sgd (mit Momentum)</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>Verlauf der Lernrate</translation>
    </message>
    <message>
        <source>train towards 1-F sure instead of fully sure (0 turns it off)</source>
        <translation>auf eine Sicherheit von 1-F hin trainieren statt auf volle Sicherheit (0 schaltet das ab)</translation>
    </message>
    <message>
        <source>randomly shift, rotate and zoom training digits</source>
        <translation>Trainingsziffern zufällig verschieben, drehen und zoomen</translation>
    </message>
    <message>
        <source>fraction held out for validation</source>
        <translation>Anteil, der zur Validierung zurückgehalten wird</translation>
    </message>
    <message>
        <source>train on the first N digits only</source>
        <translation>nur auf den ersten N Ziffern trainieren</translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation>Startwert des Zufalls (Standard 0)</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>MNIST-.npz-Datei (Standard: die mitgelieferte Kopie)</translation>
    </message>
    <message>
        <source>save a checkpoint here after every epoch</source>
        <translation>nach jeder Epoche hier einen Checkpoint (Sicherungspunkt) speichern</translation>
    </message>
    <message>
        <source>also write the run's loss and accuracy here as TensorBoard logs (view with: tensorboard --logdir DIR)</source>
        <translation>Verlust und Genauigkeit des Laufs zusätzlich hier als TensorBoard-Logs schreiben (ansehen mit: tensorboard --logdir DIR)</translation>
    </message>
    <message>
        <source>continue from this checkpoint file</source>
        <translation>von dieser Checkpoint-Datei aus weitermachen</translation>
    </message>
    <message>
        <source>default: one device; mirrored: every GPU of this machine (or its logical CPUs); multiworker: the machines TF_CONFIG lists, each running this same command (default: default, or on --resume the run's own)</source>
        <translation>default: ein Gerät; mirrored: jede GPU dieses Rechners (oder seine logischen CPUs); multiworker: die Rechner, die TF_CONFIG aufzählt, auf denen jeweils derselbe Befehl läuft (Standard: default, bei --resume die des Laufs)</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>also train on your own handwriting: a samples folder made in the app's Lab tab</source>
        <translation>auch auf deiner eigenen Handschrift trainieren: ein Beispielordner, angelegt im Labor-Tab der App</translation>
    </message>
    <message>
        <source>share of the training digits that are varied copies of your samples (default 0.1)</source>
        <translation>Anteil der Trainingsziffern, die abgewandelte Kopien deiner Beispiele sind (Standard 0,1)</translation>
    </message>
    <message>
        <source>where to save the model (.keras)</source>
        <translation>wohin das Modell gespeichert wird (.keras)</translation>
    </message>
    <message>
        <source>your handwriting: {count} from {dir}, mixed in as {copies} varied copies ({share} of the digits)</source>
        <translation>deine Handschrift: {count} aus {dir}, beigemischt als {copies} abgewandelte Kopien ({share} der Ziffern)</translation>
    </message>
    <message>
        <source>interrupted; nothing saved to {option} (last checkpoint in {dir})</source>
        <translation>abgebrochen; nichts unter {option} gespeichert (letzter Checkpoint in {dir})</translation>
    </message>
    <message>
        <source>interrupted; nothing saved to {option}</source>
        <translation>abgebrochen; nichts unter {option} gespeichert</translation>
    </message>
    <message>
        <source>training {name}: {count}, batch {batch}, {optimizer} lr {lr} ({schedule})</source>
        <translation>trainiere {name}: {count}, Batch {batch}, {optimizer}, Lernrate {lr} ({schedule})</translation>
    </message>
    <message>
        <source>{option} must name a .keras file, not {path}</source>
        <translation>{option} muss eine .keras-Datei angeben, nicht {path}</translation>
    </message>
    <message>
        <source>{option}: folder {dir} does not exist</source>
        <translation>{option}: der Ordner {dir} existiert nicht</translation>
    </message>
    <message>
        <source>{option} {path}: cannot read it as JSON ({reason})</source>
        <translation>{option} {path}: lässt sich nicht als JSON lesen ({reason})</translation>
    </message>
    <message>
        <source>warning: {dir}: {warning}</source>
        <translation>Warnung: {dir}: {warning}</translation>
    </message>
    <message>
        <source>{option} {dir}: no samples to train on</source>
        <translation>{option} {dir}: keine Beispiele zum Trainieren</translation>
    </message>
    <message>
        <source>{outcome} in {seconds} s ({speed} digits/s); test accuracy {pct} on {count}</source>
        <translation>{outcome} in {seconds} s ({speed} Ziffern/s); Testgenauigkeit {pct} auf {count}</translation>
    </message>
    <message>
        <source>calibrated on {basis}: temperature {temperature}, 'not sure' below a top score of {threshold}, which flags {share} of the other {n} test digits</source>
        <translation>kalibriert auf {basis}: Temperatur {temperature}, „unsicher“ unter einem Höchstwert von {threshold}; das markiert {share} der übrigen {n} Testziffern</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>{outcome} in {seconds} s; the cluster's chief saves the model</source>
        <translation>{outcome} in {seconds} s; der Chief-Rechner des Clusters speichert das Modell</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>, augmented</source>
        <translation>, mit Datenaugmentierung</translation>
    </message>
    <message>
        <source>, data {source}</source>
        <translation>, Daten {source}</translation>
    </message>
    <message>
        <source>, strategy {strategy}</source>
        <translation>, Strategie {strategy}</translation>
    </message>
    <message>
        <source>your held-out samples: {share} of {n} read correctly</source>
        <translation>deine zurückgehaltenen Beispiele: {share} von {n} richtig gelesen</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>data.images</name>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{label}: is a folder, not an image</source>
        <translation>{label}: ist ein Ordner, kein Bild</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}: die Datei ist leer</translation>
    </message>
    <message>
        <source>{label}: the name says {promised} but the file is a {format} image; refused as mislabelled (rename it to .{suffix} if it is yours)</source>
        <translation>{label}: laut Name {promised}, aber die Datei ist ein {format}-Bild; wegen falscher Endung abgelehnt (benenne sie in .{suffix} um, wenn es deine ist)</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} is too large (more than {n} megapixels)</source>
        <translation>{label}: {width}x{height} ist zu groß (mehr als {n} Megapixel)</translation>
    </message>
    <message>
        <source>{label}: the image has no pixels</source>
        <translation>{label}: das Bild hat keine Pixel</translation>
    </message>
    <message>
        <source>image data</source>
        <translation>Bilddaten</translation>
    </message>
    <message>
        <source>{label}: too many pixels; refused as a possible decompression bomb</source>
        <translation>{label}: zu viele Pixel; als mögliche Dekompressionsbombe abgelehnt</translation>
    </message>
    <message>
        <source>{label}: not an image in a supported format ({names})</source>
        <translation>{label}: kein Bild in einem unterstützten Format ({names})</translation>
    </message>
    <message>
        <source>{label}: cannot be decoded ({reason})</source>
        <translation>{label}: lässt sich nicht dekodieren ({reason})</translation>
    </message>
    <message>
        <source>an image must be 2-D grayscale, RGB or RGBA, not shape {shape}</source>
        <translation>ein Bild muss 2-D in Graustufen, RGB oder RGBA sein, nicht die Form {shape} haben</translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>das Bild hat keine Pixel</translation>
    </message>
</context>
<context>
    <name>data.ink</name>
    <message>
        <source>Enlarged × {zoom}</source>
        <translation>Vergrößert × {zoom}</translation>
    </message>
    <message>
        <source>A small picture ({w} × {h} px) is enlarged first, so its ink can be found and cropped precisely.</source>
        <translation>Ein kleines Bild ({w} × {h} px) wird zuerst vergrößert, damit seine Tinte genau gefunden und zugeschnitten werden kann.</translation>
    </message>
    <message>
        <source>Paper evened out</source>
        <translation>Papier ausgeglichen</translation>
    </message>
    <message>
        <source>The paper's own brightness, estimated around every pixel, is divided out: shadows, uneven light and grey paper leave only the ink.</source>
        <translation>Die Helligkeit des Papiers, um jedes Pixel herum geschätzt, wird herausgerechnet: Von Schatten, ungleichmäßigem Licht und grauem Papier bleibt nur die Tinte.</translation>
    </message>
    <message>
        <source>Grain removed</source>
        <translation>Körnung entfernt</translation>
    </message>
    <message>
        <source>Isolated specks of grain and noise are removed.</source>
        <translation>Einzelne Körner und Rauschflecken werden entfernt.</translation>
    </message>
    <message>
        <source>Removed ruled lines and specks, frames and edges apart from the digit; the digit's connected ink is kept.</source>
        <translation>Linien des Papiers sowie Flecken, Rahmen und Ränder abseits der Ziffer entfernt; die zusammenhängende Tinte der Ziffer bleibt.</translation>
    </message>
    <message>
        <source>Removed ruled lines; the digit's connected ink is kept.</source>
        <translation>Linien des Papiers entfernt; die zusammenhängende Tinte der Ziffer bleibt.</translation>
    </message>
    <message>
        <source>Removed specks, frames and edges apart from the digit; the digit's connected ink is kept.</source>
        <translation>Flecken, Rahmen und Ränder abseits der Ziffer entfernt; die zusammenhängende Tinte der Ziffer bleibt.</translation>
    </message>
    <message>
        <source>Clutter removed</source>
        <translation>Störendes entfernt</translation>
    </message>
</context>
<context>
    <name>data.mnist</name>
    <message>
        <source>no MNIST file found: looked for {first} and {second}; pass one with --data</source>
        <translation>keine MNIST-Datei gefunden: gesucht wurde nach {first} und {second}; gib eine mit --data an</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an .npz file</source>
        <translation>{path}: ist ein Ordner, keine .npz-Datei</translation>
    </message>
    <message>
        <source>{path}: not an MNIST file, missing {names} (has {present})</source>
        <translation>{path}: keine MNIST-Datei, es fehlt {names} (vorhanden: {present})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{path}: holds pickled objects, refused for safety</source>
        <translation>{path}: enthält gepickelte Python-Objekte, aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>{path}: unreadable .npz ({exc})</source>
        <translation>{path}: unlesbare .npz-Datei ({exc})</translation>
    </message>
    <message>
        <source>{path}: not a readable .npz file ({name})</source>
        <translation>{path}: keine lesbare .npz-Datei ({name})</translation>
    </message>
    <message>
        <source>{path}: x_{split} has shape {shape}, expected (N, 28, 28)</source>
        <translation>{path}: x_{split} hat die Form {shape}, erwartet (N, 28, 28)</translation>
    </message>
    <message>
        <source>{path}: y_{split} has shape {shape}, expected ({n},) to match x_{split}</source>
        <translation>{path}: y_{split} hat die Form {shape}, erwartet ({n},) passend zu x_{split}</translation>
    </message>
    <message>
        <source>{path}: x_{split} is empty</source>
        <translation>{path}: x_{split} ist leer</translation>
    </message>
    <message>
        <source>{path}: x_{split} has dtype {dtype}, expected uint8</source>
        <translation>{path}: x_{split} hat den Datentyp {dtype}, erwartet uint8</translation>
    </message>
    <message>
        <source>{path}: x_{split} contains NaN or infinite values</source>
        <translation>{path}: x_{split} enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>{path}: x_{split} values lie outside 0..255</source>
        <translation>{path}: Werte von x_{split} liegen außerhalb von 0..255</translation>
    </message>
    <message>
        <source>{path}: y_{split} contains NaN or infinite values</source>
        <translation>{path}: y_{split} enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>{path}: y_{split} has dtype {dtype}, expected integer labels</source>
        <translation>{path}: y_{split} hat den Datentyp {dtype}, erwartet ganzzahlige Labels</translation>
    </message>
    <message>
        <source>{path}: y_{split} has labels {low}..{high}, expected 0..9</source>
        <translation>{path}: y_{split} hat Labels {low}..{high}, erwartet 0..9</translation>
    </message>
</context>
<context>
    <name>data.transform</name>
    <message>
        <source>a 28x28 image is needed, not shape {shape}</source>
        <translation>nötig ist ein 28x28-Bild, nicht die Form {shape}</translation>
    </message>
    <message>
        <source>the zoom factor must be a positive number</source>
        <translation>der Zoomfaktor muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>shifts and rotations must be finite numbers</source>
        <translation>Verschiebungen und Drehungen müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the thickness change must be a finite number</source>
        <translation>die Änderung der Strichdicke muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>the noise level must be zero or a positive number</source>
        <translation>die Rauschstärke muss null oder eine positive Zahl sein</translation>
    </message>
</context>
<context>
    <name>filecheck</name>
    <message>
        <source>{path}: {a_kind} model is not supported; only Sequential</source>
        <translation>{path}: ein {kind}-Modell wird nicht unterstützt; nur Sequential</translation>
    </message>
    <message>
        <source>{path}: the model has no layers</source>
        <translation>{path}: das Modell hat keine Schichten</translation>
    </message>
    <message>
        <source>{path}: contains {a_layer} layer, which Convscope refuses to load</source>
        <translation>{path}: enthält eine {cls}-Schicht, die Convscope nicht lädt</translation>
    </message>
    <message>
        <source>{path}: refers to code outside Keras ({module}.{cls})</source>
        <translation>{path}: verweist auf Code außerhalb von Keras ({module}.{cls})</translation>
    </message>
    <message>
        <source>{path}: contains {a_thing}, i.e. code; refused</source>
        <translation>{path}: enthält {thing}, also Code; abgelehnt</translation>
    </message>
    <message>
        <source>{path}: uses the custom object {registered}; refused</source>
        <translation>{path}: verwendet das eigene Objekt {registered}; abgelehnt</translation>
    </message>
    <message>
        <source>{path}: carries a {key} entry; refused</source>
        <translation>{path}: enthält einen Eintrag {key}; abgelehnt</translation>
    </message>
    <message>
        <source>{path}: expects inputs of shape {shape}, but Convscope gives 28x28x1 images</source>
        <translation>{path}: erwartet Eingaben der Form {shape}, aber Convscope liefert 28x28x1-Bilder</translation>
    </message>
    <message>
        <source>{path}: expects inputs of shape {shape}; re-save it with a 28x28x1 input</source>
        <translation>{path}: erwartet Eingaben der Form {shape}; speichere es mit einer 28x28x1-Eingabe neu</translation>
    </message>
    <message>
        <source>{path}: outputs shape {shape}, not 10 digit classes</source>
        <translation>{path}: gibt die Form {shape} aus, nicht 10 Ziffernklassen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the desktop app cannot start: {reason}</source>
        <translation>die Desktop-App kann nicht starten: {reason}</translation>
    </message>
    <message>
        <source>open the desktop app (the default)</source>
        <translation>die Desktop-App öffnen (Standard)</translation>
    </message>
    <message>
        <source>model file to open</source>
        <translation>zu öffnende Modelldatei</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>render the app's window offscreen to a PNG</source>
        <translation>das Fenster der App unsichtbar als PNG zeichnen</translation>
    </message>
    <message>
        <source>Render the real main window offscreen, optionally with an image in the canvas and its prediction shown, save it as a PNG and print the prediction as JSON.</source>
        <translation>Zeichnet das echte Hauptfenster unsichtbar, auf Wunsch mit einem Bild auf der Zeichenfläche und dessen Vorhersage, speichert es als PNG und gibt die Vorhersage als JSON aus.</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>zu schreibende PNG-Datei</translation>
    </message>
    <message>
        <source>tab to show: {tabs} (default: {default})</source>
        <translation>anzuzeigender Tab: {tabs} (Standard: {default})</translation>
    </message>
    <message>
        <source>image of a digit to load into the canvas</source>
        <translation>Bild einer Ziffer, das auf die Zeichenfläche geladen wird</translation>
    </message>
    <message>
        <source>window size WxH (default: 1400x900)</source>
        <translation>Fenstergröße BxH (Standard: 1400x900)</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>Modelldatei (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <source>light, dark, high-contrast or system (default: light)</source>
        <translation>light, dark, high-contrast oder system (Standard: light)</translation>
    </message>
    <message>
        <source>text and controls' zoom, 0.7 to 2.5 (default: 1)</source>
        <translation>Zoom für Text und Bedienelemente, 0,7 bis 2,5 (Standard: 1)</translation>
    </message>
    <message>
        <source>render the window in presenter mode</source>
        <translation>das Fenster im Präsentationsmodus zeichnen</translation>
    </message>
    <message>
        <source>Convscope: see how a convolutional neural network reads handwritten digits. Without a command, opens the desktop app.</source>
        <translation>Convscope: Sieh dir an, wie ein neuronales Faltungsnetz handgeschriebene Ziffern liest. Ohne Befehl öffnet sich die Desktop-App.</translation>
    </message>
    <message>
        <source>show full tracebacks on errors</source>
        <translation>bei Fehlern den vollständigen Traceback zeigen</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>language of the app and of the messages: en, de or es (default: the system's)</source>
        <translation>Sprache der App und der Meldungen: en, de oder es (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>model file the app opens with (default: the shipped one)</source>
        <translation>Modelldatei, mit der die App startet (Standard: das mitgelieferte Modell)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>unexpected {kind}: {reason} (run with --debug for details)</source>
        <translation>unerwarteter Fehler {kind}: {reason} (mit --debug gibt es Details)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>network.layers.base</name>
    <message>
        <source>{part} {given} is not a size</source>
        <translation>{part} {given} ist keine Größe</translation>
    </message>
    <message>
        <source>layer {name} computes in {policy}</source>
        <translation>Schicht {name} rechnet in {policy}</translation>
    </message>
    <message>
        <source>layer {name} would output the empty shape {output_shape}</source>
        <translation>Schicht {name} würde die leere Form {output_shape} ausgeben</translation>
    </message>
    <message>
        <source>layer {name}: activation {raw}</source>
        <translation>Schicht {name}: Aktivierung {raw}</translation>
    </message>
    <message>
        <source>layer {name} is channels-first; Convscope needs channels-last</source>
        <translation>Schicht {name} hat die Kanäle vorne (channels-first); Convscope braucht sie hinten (channels-last)</translation>
    </message>
</context>
<context>
    <name>network.layers.conv</name>
    <message>
        <source>layer {name} has no filters</source>
        <translation>Schicht {name} hat keine Filter</translation>
    </message>
    <message>
        <source>layer {name} has padding {padding}</source>
        <translation>Schicht {name} hat das Padding {padding}</translation>
    </message>
    <message>
        <source>layer {name} is dilated or grouped</source>
        <translation>Schicht {name} ist gedehnt (dilated) oder gruppiert</translation>
    </message>
    <message>
        <source>layer {name} needs a 2-D map with channels, not {shape}</source>
        <translation>Schicht {name} braucht eine 2-D-Karte mit Kanälen, nicht {shape}</translation>
    </message>
    <message>
        <source>layer {name}: {shape} channels in {groups} groups</source>
        <translation>Schicht {name}: {shape} Kanäle in {groups} Gruppen</translation>
    </message>
</context>
<context>
    <name>network.layers.dense</name>
    <message>
        <source>layer {name} has no units</source>
        <translation>Schicht {name} hat keine Einheiten</translation>
    </message>
    <message>
        <source>layer {name} has LoRA weights</source>
        <translation>Schicht {name} hat LoRA-Gewichte</translation>
    </message>
    <message>
        <source>layer {name} is quantized</source>
        <translation>Schicht {name} ist quantisiert</translation>
    </message>
    <message>
        <source>layer {name} has no input</source>
        <translation>Schicht {name} hat keine Eingabe</translation>
    </message>
</context>
<context>
    <name>network.layers.elementwise</name>
    <message>
        <source>layer {name} normalises over several axes</source>
        <translation>Schicht {name} normalisiert über mehrere Achsen</translation>
    </message>
    <message>
        <source>layer {name} is synchronized</source>
        <translation>Schicht {name} ist synchronisiert</translation>
    </message>
    <message>
        <source>layer {name} normalises axis {axis}, not the channels</source>
        <translation>Schicht {name} normalisiert die Achse {axis}, nicht die Kanäle</translation>
    </message>
    <message>
        <source>layer {name} has a scale that is not a number</source>
        <translation>Schicht {name} hat einen Skalierungsfaktor, der keine Zahl ist</translation>
    </message>
</context>
<context>
    <name>network.layers.pooling</name>
    <message>
        <source>layer {name} has padding {padding}</source>
        <translation>Schicht {name} hat das Padding {padding}</translation>
    </message>
    <message>
        <source>layer {name} needs a 2-D map with channels, not {shape}</source>
        <translation>Schicht {name} braucht eine 2-D-Karte mit Kanälen, nicht {shape}</translation>
    </message>
</context>
<context>
    <name>network.layers.reshaping</name>
    <message>
        <source>layer {name} has the target shape {target}</source>
        <translation>Schicht {name} hat die Zielform {target}</translation>
    </message>
    <message>
        <source>layer {name} cannot reshape {shape} to {target}</source>
        <translation>Schicht {name} kann {shape} nicht in {target} umformen</translation>
    </message>
</context>
<context>
    <name>network.network</name>
    <message>
        <source>the model does not say what input it takes</source>
        <translation>das Modell gibt nicht an, welche Eingabe es erwartet</translation>
    </message>
    <message>
        <source>the model's input shape {shape} is not a shape</source>
        <translation>die Eingabeform {shape} des Modells ist keine Form</translation>
    </message>
    <message>
        <source>Convscope cannot read a {kind} layer</source>
        <translation>Convscope kann keine {kind}-Schicht lesen</translation>
    </message>
    <message>
        <source>the model has no layers</source>
        <translation>das Modell hat keine Schichten</translation>
    </message>
    <message>
        <source>two of the model's layers have the same name</source>
        <translation>zwei Schichten des Modells haben denselben Namen</translation>
    </message>
</context>
<context>
    <name>network.predictor</name>
    <message>
        <source>snapshot does not fit this model: {exc}</source>
        <translation>der Zwischenstand passt nicht zu diesem Modell: {exc}</translation>
    </message>
</context>
<context>
    <name>network.weightfile</name>
    <message>
        <source>{source}: its weights are refused: {reason}</source>
        <translation>{source}: die Gewichte werden abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>{path} is a virtual dataset (it would read other files)</source>
        <translation>{path} ist ein virtueller Datensatz (er würde andere Dateien lesen)</translation>
    </message>
    <message>
        <source>{path} keeps its data in another file</source>
        <translation>{path} speichert seine Daten in einer anderen Datei</translation>
    </message>
    <message>
        <source>{path} holds {dtype} values, not numbers</source>
        <translation>{path} enthält Werte vom Typ {dtype}, keine Zahlen</translation>
    </message>
    <message>
        <source>{path} is a link to another file</source>
        <translation>{path} ist ein Verweis auf eine andere Datei</translation>
    </message>
    <message>
        <source>{path} is a link to {target}</source>
        <translation>{path} ist ein Verweis auf {target}</translation>
    </message>
    <message>
        <source>{path} is not a group or a dataset</source>
        <translation>{path} ist weder eine Gruppe noch ein Datensatz</translation>
    </message>
    <message>
        <source>{name}'s {part} is missing</source>
        <translation>{part} von {name} fehlt</translation>
    </message>
    <message>
        <source>{name}'s {part} has shape {shape} in the file but {shape2} in its config</source>
        <translation>{part} von {name} hat in der Datei die Form {shape}, laut Konfiguration aber {shape2}</translation>
    </message>
    <message>
        <source>{name}'s {part} is {dtype}, not float32</source>
        <translation>{part} von {name} ist {dtype}, nicht float32</translation>
    </message>
    <message>
        <source>{name}'s {part}</source>
        <translation>{part} von {name}</translation>
    </message>
    <message>
        <source>{part} cannot be read ({exc})</source>
        <translation>{part} lässt sich nicht lesen ({exc})</translation>
    </message>
    <message>
        <source>{part} holds NaN or infinite values</source>
        <translation>{part} enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>the weight file is {n} bytes, far more than it needs</source>
        <translation>die Gewichtsdatei hat {n} Bytes, weit mehr als nötig</translation>
    </message>
    <message>
        <source>model.weights.h5 is not an HDF5 file</source>
        <translation>model.weights.h5 ist keine HDF5-Datei</translation>
    </message>
    <message>
        <source>its structure cannot be read ({exc})</source>
        <translation>ihr Aufbau lässt sich nicht lesen ({exc})</translation>
    </message>
    <message>
        <source>{path} is not a weight of this model</source>
        <translation>{path} ist kein Gewicht dieses Modells</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>A plain dense network on the 784 raw pixels: it ignores where pixels are.</source>
        <translation>Ein einfaches Netz aus vollständig verbundenen Schichten auf den 784 rohen Pixeln: Es beachtet nicht, wo die Pixel liegen.</translation>
    </message>
    <message>
        <source>LeNet-5 style: two 5x5 convolutions with average pooling, then 120-84-10 dense layers.</source>
        <translation>Im Stil von LeNet-5: zwei 5x5-Faltungen mit Average-Pooling, dann vollständig verbundene Schichten mit 120, 84 und 10 Einheiten.</translation>
    </message>
    <message>
        <source>Small, fast and accurate: two 3x3 conv + max-pool stages, then one hidden dense layer.</source>
        <translation>Klein, schnell und genau: zwei Stufen aus 3x3-Faltung und Max-Pooling, dann eine verborgene vollständig verbundene Schicht.</translation>
    </message>
    <message>
        <source>Three conv stages with batch normalisation, trained on shifted, rotated and zoomed digits: the highest accuracy, several times slower to train.</source>
        <translation>Drei Faltungsstufen mit Batch-Normalisierung, trainiert auf verschobenen, gedrehten und gezoomten Ziffern: die höchste Genauigkeit, aber mehrfach langsamer zu trainieren.</translation>
    </message>
    <message>
        <source>unknown preset {name}; choose one of {names}</source>
        <translation>unbekannte Voreinstellung {name}; wähle eine von {names}</translation>
    </message>
</context>
<context>
    <name>readout</name>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>Karten</translation>
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
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>{h} by {w} pixels, empty</source>
        <translation>{h} mal {w} Pixel, leer</translation>
    </message>
    <message>
        <source>{h} by {w} pixels; ink in rows {top} to {bottom}, columns {left} to {right}, {pct} % of the pixels</source>
        <translation>{h} mal {w} Pixel; Tinte in den Zeilen {top} bis {bottom}, Spalten {left} bis {right}, {pct} % der Pixel</translation>
    </message>
    <message>
        <source>{tile} {k}, {place}</source>
        <translation>{tile} {k}, {place}</translation>
    </message>
    <message>
        <source>{head}; strongest {peak} at {place}</source>
        <translation>{head}; am stärksten {peak} bei {place}</translation>
    </message>
    <message>
        <source>{y} at {x}</source>
        <translation>{y} bei {x}</translation>
    </message>
    <message>
        <source>no {tiles}</source>
        <translation>keine {tiles}</translation>
    </message>
    <message>
        <source>next {d}: {pct}</source>
        <translation>danach {d}: {pct}</translation>
    </message>
    <message>
        <source>{n} {tiles} of {h} by {w}</source>
        <translation>{n} {tiles} der Größe {h} mal {w}</translation>
    </message>
    <message>
        <source>row {row}, column {col}</source>
        <translation>Zeile {row}, Spalte {col}</translation>
    </message>
    <message>
        <source>; {silent} of {n} silent</source>
        <translation>; {silent} von {n} still</translation>
    </message>
    <message>
        <source>{name}: no values yet</source>
        <translation>{name}: noch keine Werte</translation>
    </message>
    <message>
        <source>{name}: {last}, lowest {low}, highest {high}</source>
        <translation>{name}: {last}, niedrigster Wert {low}, höchster {high}</translation>
    </message>
</context>
<context>
    <name>runstore</name>
    <message>
        <source>{dir} is not a training run's folder; nothing was deleted</source>
        <translation>{dir} ist kein Ordner eines Trainingslaufs; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>cannot delete {dir}: {reason}</source>
        <translation>{dir} lässt sich nicht löschen: {reason}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>cannot save {path}: folder {dir} does not exist</source>
        <translation>{path} lässt sich nicht speichern: der Ordner {dir} existiert nicht</translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation>{path} lässt sich nicht speichern: {reason}</translation>
    </message>
    <message>
        <source>cannot save {path}: model files must end in .keras</source>
        <translation>{path} lässt sich nicht speichern: Modelldateien müssen auf .keras enden</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a model file</source>
        <translation>{path}: ist ein Ordner, keine Modelldatei</translation>
    </message>
    <message>
        <source>{path}: HDF5 (.h5) models are refused because they can carry code; re-save it as .keras</source>
        <translation>{path}: HDF5-Modelle (.h5) werden abgelehnt, weil sie Code enthalten können; speichere es als .keras neu</translation>
    </message>
    <message>
        <source>{path}: not a .keras model file</source>
        <translation>{path}: keine .keras-Modelldatei</translation>
    </message>
    <message>
        <source>{path}: not a valid .keras file ({name})</source>
        <translation>{path}: keine gültige .keras-Datei ({name})</translation>
    </message>
    <message>
        <source>{path}: its metadata is implausibly large</source>
        <translation>{path}: die Metadaten sind unglaubwürdig groß</translation>
    </message>
    <message>
        <source>{path}: its metadata is corrupt</source>
        <translation>{path}: die Metadaten sind beschädigt</translation>
    </message>
    <message>
        <source>{path}: not a Keras model (no config.json or weights inside)</source>
        <translation>{path}: kein Keras-Modell (keine config.json oder Gewichte darin)</translation>
    </message>
    <message>
        <source>{path}: its config.json is implausibly large</source>
        <translation>{path}: die config.json ist unglaubwürdig groß</translation>
    </message>
    <message>
        <source>{path}: its config.json is corrupt</source>
        <translation>{path}: die config.json ist beschädigt</translation>
    </message>
    <message>
        <source>{path}: its config.json is malformed ({exc})</source>
        <translation>{path}: die config.json ist fehlerhaft ({exc})</translation>
    </message>
    <message>
        <source>{path}: its weights are refused: the weight file is far larger than this model needs</source>
        <translation>{path}: die Gewichte werden abgelehnt: die Gewichtsdatei ist viel größer, als dieses Modell braucht</translation>
    </message>
    <message>
        <source>{path}: its weights cannot be read ({exc})</source>
        <translation>{path}: die Gewichte lassen sich nicht lesen ({exc})</translation>
    </message>
    <message>
        <source>runs on TensorFlow: {reason}</source>
        <translation>läuft mit TensorFlow: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot be loaded ({reason})</source>
        <translation>{path}: lässt sich nicht laden ({reason})</translation>
    </message>
</context>
<context>
    <name>training.batches</name>
    <message>
        <source>validation split leaves no training digits</source>
        <translation>der Validierungsanteil lässt keine Trainingsziffern übrig</translation>
    </message>
</context>
<context>
    <name>training.child</name>
    <message>
        <source>the training process has no data</source>
        <translation>der Trainingsprozess hat keine Daten</translation>
    </message>
    <message>
        <source>Evaluating on {n} test digits…</source>
        <translation>Bewerte auf {n} Testziffern…</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>es gibt noch kein trainiertes Modell zum Speichern</translation>
    </message>
</context>
<context>
    <name>training.config</name>
    <message>
        <source>epochs must be at least 1</source>
        <translation>die Zahl der Epochen muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>batch size must be at least 1</source>
        <translation>die Batchgröße muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>optimizer must be one of {names}</source>
        <translation>der Optimierer muss einer von {names} sein</translation>
    </message>
    <message>
        <source>schedule must be one of {names}</source>
        <translation>der Lernratenverlauf muss einer von {names} sein</translation>
    </message>
    <message>
        <source>learning rate must be a positive number</source>
        <translation>die Lernrate muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>label smoothing must be a fraction from 0 up to 1</source>
        <translation>Label Smoothing muss ein Anteil von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>validation split must be a fraction from 0 up to 1</source>
        <translation>der Validierungsanteil muss ein Anteil von 0 bis unter 1 sein</translation>
    </message>
    <message>
        <source>training-set size must be at least 1</source>
        <translation>die Trainingsmenge muss mindestens 1 Ziffer umfassen</translation>
    </message>
    <message>
        <source>augmentation: shift and zoom are fractions, rotation degrees</source>
        <translation>Augmentierung: Verschiebung und Zoom sind Anteile, die Drehung ist in Grad</translation>
    </message>
    <message>
        <source>strategy must be one of {names}</source>
        <translation>die Strategie muss eine von {names} sein</translation>
    </message>
    <message>
        <source>augmentation: shear is degrees under 60, aspect a fraction, elastic at most 8 px</source>
        <translation>Augmentierung: Scherung ist in Grad unter 60, Seitenverhältnis ein Anteil, elastische Verformung höchstens 8 px</translation>
    </message>
    <message>
        <source>augmentation: thickness and the augmented share are fractions</source>
        <translation>Augmentierung: Strichdicke und augmentierter Anteil sind Anteile</translation>
    </message>
    <message>
        <source>the share of non-digits must be a fraction under 0.5</source>
        <translation>der Anteil der Nicht-Ziffern muss ein Anteil unter 0,5 sein</translation>
    </message>
</context>
<context>
    <name>training.distribute</name>
    <message>
        <source>strategy must be one of {names}, not {name}</source>
        <translation>die Strategie muss eine von {names} sein, nicht {name}</translation>
    </message>
    <message>
        <source>TF_CONFIG is not valid JSON</source>
        <translation>TF_CONFIG ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>TF_CONFIG must be a JSON object with 'cluster' and 'task'</source>
        <translation>TF_CONFIG muss ein JSON-Objekt mit 'cluster' und 'task' sein</translation>
    </message>
    <message>
        <source>TF_CONFIG has no 'cluster' listing the workers' host:port addresses</source>
        <translation>TF_CONFIG hat keinen Eintrag 'cluster' mit den host:port-Adressen der Rechner</translation>
    </message>
    <message>
        <source>TF_CONFIG has no 'task' saying which worker this machine is</source>
        <translation>TF_CONFIG hat keinen Eintrag 'task', der sagt, welcher Rechner dieser ist</translation>
    </message>
    <message>
        <source>TF_CONFIG: task type {role} is not a training role of the cluster</source>
        <translation>TF_CONFIG: der Task-Typ {role} ist keine Trainingsrolle des Clusters</translation>
    </message>
    <message>
        <source>TF_CONFIG: task index {index} is not one of the {n} {role} addresses</source>
        <translation>TF_CONFIG: der Task-Index {index} gehört zu keiner der {n} Adressen von {role}</translation>
    </message>
    <message>
        <source>TF_CONFIG: cluster role {role} is not chief or worker</source>
        <translation>TF_CONFIG: die Rolle {role} im Cluster ist weder chief noch worker</translation>
    </message>
    <message>
        <source>TF_CONFIG: cluster {role} must be a list of host:port strings</source>
        <translation>TF_CONFIG: {role} im Cluster muss eine Liste von host:port-Angaben sein</translation>
    </message>
    <message>
        <source>TF_CONFIG: a cluster has at most one chief</source>
        <translation>TF_CONFIG: ein Cluster hat höchstens einen chief</translation>
    </message>
    <message>
        <source>TF_CONFIG: the cluster lists no workers</source>
        <translation>TF_CONFIG: der Cluster nennt keine Rechner (worker)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from 1 to {most}, not {text}</source>
        <translation>{name} muss eine ganze Zahl von 1 bis {most} sein, nicht {text}</translation>
    </message>
    <message>
        <source>cannot set up the {name} strategy: {first}</source>
        <translation>die Strategie {name} lässt sich nicht einrichten: {first}</translation>
    </message>
</context>
<context>
    <name>training.monitor</name>
    <message>
        <source>infinite</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <source>huge</source>
        <translation>riesig</translation>
    </message>
    <message>
        <source>the loss became {state} in epoch {n}, batch {batch}: training diverged (learning rate {lr} is probably too high); the last good weights were kept</source>
        <translation>der Verlust wurde {state} in Epoche {n}, Batch {batch}: das Training ist entgleist (die Lernrate {lr} ist wahrscheinlich zu hoch); die letzten guten Gewichte wurden behalten</translation>
    </message>
    <message>
        <source>the metrics became NaN at the end of epoch {n}: training diverged; the last good weights were kept</source>
        <translation>die Kennzahlen wurden am Ende von Epoche {n} zu NaN: das Training ist entgleist; die letzten guten Gewichte wurden behalten</translation>
    </message>
</context>
<context>
    <name>training.process</name>
    <message>
        <source>no further information</source>
        <translation>keine weiteren Angaben</translation>
    </message>
    <message>
        <source>unexpected {type} in training: {first}</source>
        <translation>unerwarteter Fehler {type} im Training: {first}</translation>
    </message>
    <message>
        <source>the training process did not stop in time</source>
        <translation>der Trainingsprozess hat nicht rechtzeitig angehalten</translation>
    </message>
    <message>
        <source>the training process was killed by signal {n}; checkpoints saved so far are kept</source>
        <translation>der Trainingsprozess wurde durch Signal {n} beendet; bisher gespeicherte Checkpoints bleiben erhalten</translation>
    </message>
    <message>
        <source>the training process exited with code {code}; checkpoints saved so far are kept</source>
        <translation>der Trainingsprozess hat sich mit Code {code} beendet; bisher gespeicherte Checkpoints bleiben erhalten</translation>
    </message>
    <message>
        <source>the training process is not answering; checkpoints saved so far are kept</source>
        <translation>der Trainingsprozess antwortet nicht; bisher gespeicherte Checkpoints bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>training.trainer</name>
    <message>
        <source>{path}: not a Convscope checkpoint (no spec or settings)</source>
        <translation>{path}: kein Convscope-Checkpoint (keine Architektur oder Einstellungen)</translation>
    </message>
    <message>
        <source>already complete</source>
        <translation>schon fertig</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>complete epoch</source>
        <translation>vollständigen Epoche</translation>
    </message>
    <message>
        <source>complete epochs</source>
        <translation>vollständigen Epochen</translation>
    </message>
    <message>
        <source>cannot write TensorBoard logs to {log_dir}: {reason}</source>
        <translation>TensorBoard-Logs lassen sich nicht nach {log_dir} schreiben: {reason}</translation>
    </message>
    <message>
        <source>another worker of the cluster stopped or cannot be reached</source>
        <translation>ein anderer Rechner des Clusters hat aufgehört oder ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the {strategy} strategy needs a model the trainer builds itself; a model handed to it trains on one device</source>
        <translation>die Strategie {strategy} braucht ein Modell, das der Trainer selbst baut; ein übergebenes Modell trainiert auf einem Gerät</translation>
    </message>
    <message>
        <source>finished {count}</source>
        <translation>fertig: {count}</translation>
    </message>
    <message>
        <source>stopped after {count}</source>
        <translation>angehalten nach {count}</translation>
    </message>
    <message>
        <source>training failed in epoch {n}: {name}{detail}</source>
        <translation>Training in Epoche {n} fehlgeschlagen: {name}{detail}</translation>
    </message>
    <message>
        <source>training on {count}, {batches} per epoch</source>
        <translation>Training auf {count}, {batches} pro Epoche</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>, split over {n} devices ({strategy})</source>
        <translation>, verteilt auf {n} Geräte ({strategy})</translation>
    </message>
</context>
<context>
    <name>uncertainty</name>
    <message>
        <source>this may not be a digit</source>
        <translation>das ist vielleicht keine Ziffer</translation>
    </message>
    <message>
        <source>not sure: {a_first} or {a_second}?</source>
        <translation>unsicher: {a_first} oder {a_second}?</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>ziemlich sicher</translation>
    </message>
</context>
</TS>