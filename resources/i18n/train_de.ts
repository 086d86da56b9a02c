<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>train.architecture_card</name>
    <message>
        <source>Architecture (*.json);;All files (*)</source>
        <translation>Architektur (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>1 · Architecture</source>
        <translation>1 · Architektur</translation>
    </message>
    <message>
        <source>The layers the digit goes through, in order. Shapes and parameter counts update as you edit.</source>
        <translation>Die Schichten, die die Ziffer der Reihe nach durchläuft. Formen und Parameterzahlen werden beim Bearbeiten aktualisiert.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Load an architecture saved as JSON</source>
        <translation>Eine als JSON gespeicherte Architektur laden</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save this architecture as JSON</source>
        <translation>Diese Architektur als JSON speichern</translation>
    </message>
    <message>
        <source>Load an architecture</source>
        <translation>Architektur laden</translation>
    </message>
    <message>
        <source>Could not load the architecture</source>
        <translation>Die Architektur konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Save the architecture</source>
        <translation>Architektur speichern</translation>
    </message>
</context>
<context>
    <name>train.curves</name>
    <message>
        <source>Loss per batch: how wrong the network is, falling as it learns</source>
        <translation>Verlust pro Batch: wie falsch das Netz liegt – er sinkt, während es lernt</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>each batch</source>
        <translation>jeder Batch</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss after each epoch</source>
        <translation>Verlust nach jeder Epoche</translation>
    </message>
    <message>
        <source>Accuracy after each epoch</source>
        <translation>Genauigkeit nach jeder Epoche</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>training digits</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation digits</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the batch-loss plot as PNG or SVG</source>
        <translation>Das Diagramm des Verlusts pro Batch als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Save the epoch plot as PNG or SVG</source>
        <translation>Das Epochen-Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>History CSV…</source>
        <translation>CSV-Verlauf…</translation>
    </message>
    <message>
        <source>Save each epoch's loss and accuracy as CSV</source>
        <translation>Verlust und Genauigkeit jeder Epoche als CSV speichern</translation>
    </message>
    <message>
        <source>Export the plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
</context>
<context>
    <name>train.editor</name>
    <message>
        <source>Select a layer to change its settings.</source>
        <translation>Wähle eine Schicht aus, um ihre Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>Diese Schicht hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>= window</source>
        <translation>= Fenster</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
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
        <source>Start from a ready-made architecture; edit it below</source>
        <translation>Beginne mit einer fertigen Architektur und bearbeite sie unten</translation>
    </message>
    <message>
        <source>Layers of the architecture</source>
        <translation>Schichten der Architektur</translation>
    </message>
    <message>
        <source>Add layer ▾</source>
        <translation>Neue Schicht ▾</translation>
    </message>
    <message>
        <source>Insert a layer after the selected one</source>
        <translation>Eine Schicht nach der ausgewählten einfügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the selected layer</source>
        <translation>Die ausgewählte Schicht löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the selected layer up</source>
        <translation>Die ausgewählte Schicht nach oben schieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the selected layer down</source>
        <translation>Die ausgewählte Schicht nach unten schieben</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <source>Layer {n}: {help}</source>
        <translation>Schicht {n}: {help}</translation>
    </message>
    <message>
        <source>input: a 28x28x1 image (784 brightness values)</source>
        <translation>Eingabe: ein 28x28x1-Bild (784 Helligkeitswerte)</translation>
    </message>
    <message>
        <source>{params} parameters to learn · input {shape} → 10 digits</source>
        <translation>{params} Parameter zu lernen · Eingabe {shape} → 10 Ziffern</translation>
    </message>
    <message>
        <source>Layer {n}: {problem}</source>
        <translation>Schicht {n}: {problem}</translation>
    </message>
    <message>
        <source>Fix the problem below to train this network.</source>
        <translation>Behebe das Problem unten, um dieses Netz zu trainieren.</translation>
    </message>
</context>
<context>
    <name>train.evaluation_view</name>
    <message>
        <source>Click a cell of the matrix to see its digits.</source>
        <translation>Klicke auf ein Feld der Matrix, um seine Ziffern zu sehen.</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Noch keine Auswertung.</translation>
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
        <source>Test accuracy {acc} % on {amount} it never saw</source>
        <translation>Testgenauigkeit {acc} % auf {amount}, die es nie gesehen hat</translation>
    </message>
    <message>
        <source>, {num} read correctly</source>
        <translation>, {num} richtig gelesen</translation>
    </message>
    <message>
        <source>, {num} read as {predicted}</source>
        <translation>, {num} gelesen als {predicted}</translation>
    </message>
    <message>
        <source>{amount} {true} read correctly</source>
        <translation>{amount} mit der Bezeichnung {true} richtig gelesen</translation>
    </message>
    <message>
        <source>{amount} {true} read as {predicted}</source>
        <translation>{amount} mit der Bezeichnung {true} gelesen als {predicted}</translation>
    </message>
    <message>
        <source>Per digit: {list}</source>
        <translation>Pro Ziffer: {list}</translation>
    </message>
    <message>
        <source>Click one to load it into the Draw and Inspect tabs.</source>
        <translation>Klicke auf eine, um sie in „Zeichnen“ und „Untersuchen“ zu laden.</translation>
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
        <source> (first {shown} shown)</source>
        <translation> (die ersten {shown} gezeigt)</translation>
    </message>
</context>
<context>
    <name>train.follow</name>
    <message>
        <source>Draw and Inspect use the network while it trains</source>
        <translation>„Zeichnen“ und „Untersuchen“ folgen dem Training</translation>
    </message>
    <message>
        <source>Every few hundred batches and at each epoch's end, a copy of the weights becomes the current model of the other tabs</source>
        <translation>Alle paar hundert Batches und am Ende jeder Epoche wird eine Kopie der Gewichte zum aktuellen Modell der anderen Tabs</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>Draw and Inspect use “{name}” ({filename})</source>
        <translation>„Zeichnen“ und „Untersuchen“ nutzen „{name}“ ({filename})</translation>
    </message>
    <message>
        <source>Draw and Inspect use run {runno}: {text}</source>
        <translation>„Zeichnen“ und „Untersuchen“ nutzen Lauf {runno}: {text}</translation>
    </message>
    <message>
        <source>Draw and Inspect use “{name}”</source>
        <translation>„Zeichnen“ und „Untersuchen“ nutzen „{name}“</translation>
    </message>
</context>
<context>
    <name>train.hyperparameters</name>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD mit Momentum</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>Kosinus-Abfall</translation>
    </message>
    <message>
        <source>halve in thirds</source>
        <translation>nach jedem Drittel halbieren</translation>
    </message>
    <message>
        <source>one cycle (warm up, then down to 0)</source>
        <translation>ein Zyklus (aufwärmen, dann auf 0 senken)</translation>
    </message>
    <message>
        <source>one device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>{devices} devices (mirrored)</source>
        <translation>{devices} Geräte (gespiegelt)</translation>
    </message>
    <message>
        <source>{workers} machines (multi-worker)</source>
        <translation>{workers} Rechner (Multi-Worker)</translation>
    </message>
    <message>
        <source>How many times the network sees every training digit.</source>
        <translation>Wie oft das Netz jede Trainingsziffer sieht.</translation>
    </message>
    <message>
        <source>How many digits it looks at before each small weight update.</source>
        <translation>Wie viele Ziffern es sich vor jeder kleinen Anpassung der Gewichte ansieht.</translation>
    </message>
    <message>
        <source>The rule that turns the error into weight changes: Adam adapts its step per weight; SGD with momentum follows a running average of the slope.</source>
        <translation>Die Regel, die aus dem Fehler Änderungen der Gewichte macht: Adam passt seine Schrittweite für jedes Gewicht an; SGD mit Momentum folgt einem gleitenden Mittel der Steigung.</translation>
    </message>
    <message>
        <source>How big each weight update is: too small learns slowly, too large makes the loss jump or blow up.</source>
        <translation>Wie groß jede Anpassung der Gewichte ist: zu klein lernt langsam, zu groß lässt den Verlust springen oder explodieren.</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run: constant, decaying smoothly to almost zero (cosine), halved twice, or one cycle: rising for the first 15 % of the run, then falling to zero at its very end (converges fastest in a few epochs).</source>
        <translation>Wie sich die Lernrate während des Laufs ändert: konstant, sanft fallend bis fast null (Kosinus), zweimal halbiert oder ein Zyklus: in den ersten 15 % des Laufs steigend, dann bis ganz zum Ende auf null fallend (konvergiert in wenigen Epochen am schnellsten).</translation>
    </message>
    <message>
        <source>Train towards 90 % sure instead of 100 % sure (at 0.1): the network stops pushing its scores to extremes, which generalises better. 0 turns it off.</source>
        <translation>Trainiert auf 90 % Sicherheit statt 100 % (bei 0,1): Das Netz treibt seine Werte nicht mehr ins Extreme und verallgemeinert dadurch besser. 0 schaltet es aus.</translation>
    </message>
    <message>
        <source>The fraction of training digits held back to check the network on digits it does not learn from.</source>
        <translation>Der Anteil der Trainingsziffern, der zurückgehalten wird, um das Netz an Ziffern zu prüfen, aus denen es nicht lernt.</translation>
    </message>
    <message>
        <source>Show randomly shifted, rotated and zoomed copies of the digits, so the network learns to tolerate such changes.</source>
        <translation>Zeigt zufällig verschobene, gedrehte und gezoomte Kopien der Ziffern, damit das Netz lernt, solche Veränderungen zu tolerieren.</translation>
    </message>
    <message>
        <source>The largest random shift, as a fraction of the image width.</source>
        <translation>Die größte zufällige Verschiebung, als Anteil der Bildbreite.</translation>
    </message>
    <message>
        <source>The largest random rotation, in degrees.</source>
        <translation>Die größte zufällige Drehung, in Grad.</translation>
    </message>
    <message>
        <source>The largest random zoom in or out, as a fraction.</source>
        <translation>Die größte zufällige Vergrößerung oder Verkleinerung, als Anteil.</translation>
    </message>
    <message>
        <source>Train on only the first N digits (faster, less accurate); 'all' uses 60,000.</source>
        <translation>Nur mit den ersten N Ziffern trainieren (schneller, ungenauer); „alle“ nutzt 60.000.</translation>
    </message>
    <message>
        <source>Fixes the random starting weights and shuffling, so a run can be repeated.</source>
        <translation>Legt die zufälligen Startgewichte und das Mischen fest, sodass sich ein Lauf wiederholen lässt.</translation>
    </message>
    <message>
        <source>Also write each run's loss and accuracy to this folder as TensorBoard logs (one subfolder per run), to compare runs with: tensorboard --logdir FOLDER. Empty: no logs.</source>
        <translation>Schreibt Verlust und Genauigkeit jedes Laufs zusätzlich als TensorBoard-Logs in diesen Ordner (ein Unterordner pro Lauf), um Läufe zu vergleichen mit: tensorboard --logdir ORDNER. Leer: keine Logs.</translation>
    </message>
    <message>
        <source>Where the network trains. Mirrored: each batch is split between this machine's devices, each works out the weight changes for its share, and the changes are averaged into one update; the same network and batch size, faster on several GPUs. Multi-worker: the machines listed in TF_CONFIG train together, each running the same training (see the README).</source>
        <translation>Wo das Netz trainiert. Gespiegelt: Jeder Batch wird auf die Geräte dieses Rechners aufgeteilt, jedes berechnet die Änderungen der Gewichte für seinen Teil, und die Änderungen werden zu einer Anpassung gemittelt; gleiches Netz und gleiche Batchgröße, schneller auf mehreren GPUs. Multi-Worker: Die in TF_CONFIG aufgeführten Rechner trainieren gemeinsam, jeder führt dasselbe Training aus (siehe README).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Verlauf der Lernrate</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>Label-Glättung</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>Trainingsziffern</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Datenerweiterung</translation>
    </message>
    <message>
        <source>  shift</source>
        <translation>  Verschiebung</translation>
    </message>
    <message>
        <source>  rotation °</source>
        <translation>  Drehung °</translation>
    </message>
    <message>
        <source>  zoom</source>
        <translation>  Zoom</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source>Train on</source>
        <translation>Trainieren auf</translation>
    </message>
    <message>
        <source>shift, rotate and zoom digits</source>
        <translation>Ziffern verschieben, drehen und zoomen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>TensorBoard folder</source>
        <translation>TensorBoard-Ordner</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the folder for TensorBoard logs</source>
        <translation>Den Ordner für die TensorBoard-Logs auswählen</translation>
    </message>
    <message>
        <source>Devices here: {devices}.</source>
        <translation>Geräte hier: {devices}.</translation>
    </message>
    <message>
        <source>Devices here: none.</source>
        <translation>Geräte hier: keine.</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>Ordner für TensorBoard-Logs</translation>
    </message>
</context>
<context>
    <name>train.jobs</name>
    <message>
        <source>cannot create a run folder in {dirname}</source>
        <translation>in {dirname} kann kein Ordner für den Lauf angelegt werden</translation>
    </message>
    <message>
        <source>Training on one device: {problem}</source>
        <translation>Training auf einem Gerät: {problem}</translation>
    </message>
    <message>
        <source>Loading MNIST and starting the training process…</source>
        <translation>MNIST wird geladen und der Trainingsprozess gestartet…</translation>
    </message>
    <message>
        <source>Nothing to evaluate yet: train a model first.</source>
        <translation>Noch nichts auszuwerten: Trainiere zuerst ein Modell.</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>es gibt noch kein trainiertes Modell zum Speichern</translation>
    </message>
</context>
<context>
    <name>train.layer_texts</name>
    <message>
        <source>How many different filters slide over the image; each builds one feature map.</source>
        <translation>Wie viele verschiedene Filter über das Bild gleiten; jeder erzeugt eine Merkmalskarte.</translation>
    </message>
    <message>
        <source>The side of each filter's square window, in pixels (3 means 3x3).</source>
        <translation>Die Seitenlänge des quadratischen Fensters jedes Filters, in Pixeln (3 heißt 3x3).</translation>
    </message>
    <message>
        <source>How many pixels the window jumps between positions (1 looks everywhere).</source>
        <translation>Um wie viele Pixel das Fenster zwischen zwei Positionen springt (1 schaut überall hin).</translation>
    </message>
    <message>
        <source>'same' pads the border so the map keeps its size; 'valid' lets it shrink.</source>
        <translation>„same“ füllt den Rand auf, damit die Karte ihre Größe behält; „valid“ lässt sie schrumpfen.</translation>
    </message>
    <message>
        <source>What each output goes through: relu keeps positive values, softmax gives probabilities.</source>
        <translation>Wodurch jede Ausgabe geht: relu behält positive Werte, softmax liefert Wahrscheinlichkeiten.</translation>
    </message>
    <message>
        <source>The side of each pooling window; only its largest (or mean) value is kept.</source>
        <translation>Die Seitenlänge jedes Pooling-Fensters; nur sein größter (oder mittlerer) Wert bleibt.</translation>
    </message>
    <message>
        <source>The fraction of values randomly zeroed while training, so no single one is relied on.</source>
        <translation>Der Anteil der Werte, die beim Training zufällig auf null gesetzt werden, damit sich das Netz auf keinen einzelnen verlässt.</translation>
    </message>
    <message>
        <source>How many neurons: each combines every input into one number.</source>
        <translation>Wie viele Neuronen: Jedes fasst alle Eingaben zu einer Zahl zusammen.</translation>
    </message>
    <message>
        <source>Convolution: small filters slide over the image and build feature maps.</source>
        <translation>Faltung: Kleine Filter gleiten über das Bild und erzeugen Merkmalskarten.</translation>
    </message>
    <message>
        <source>Max pooling: shrinks each map, keeping the strongest value per window.</source>
        <translation>Max-Pooling: verkleinert jede Karte und behält pro Fenster den stärksten Wert.</translation>
    </message>
    <message>
        <source>Average pooling: shrinks each map to the mean of each window.</source>
        <translation>Average-Pooling: verkleinert jede Karte auf den Mittelwert jedes Fensters.</translation>
    </message>
    <message>
        <source>Dropout: randomly silences values while training to avoid memorising.</source>
        <translation>Dropout: schaltet beim Training zufällig Werte stumm, damit das Netz nicht auswendig lernt.</translation>
    </message>
    <message>
        <source>Batch normalisation: rescales values so training stays stable.</source>
        <translation>Batch-Normalisierung: skaliert Werte neu, damit das Training stabil bleibt.</translation>
    </message>
    <message>
        <source>Flatten: unrolls the stack of maps into one long vector.</source>
        <translation>Abflachen (Flatten): rollt den Stapel von Karten zu einem langen Vektor aus.</translation>
    </message>
    <message>
        <source>Dense (fully connected): every input feeds every neuron.</source>
        <translation>Vollständig verbundene Schicht (Dense): Jede Eingabe speist jedes Neuron.</translation>
    </message>
    <message>
        <source>Activation: applies a function such as relu to every value.</source>
        <translation>Aktivierung: wendet eine Funktion wie relu auf jeden Wert an.</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>Kerngröße</translation>
    </message>
    <message>
        <source>strides</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>Randauffüllung</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>Pooling-Größe</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>, stride {strides}</source>
        <translation>, Schrittweite {strides}</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>{size} window</source>
        <translation>Fenster {size}</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>Rate {rate}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>train.layout</name>
    <message>
        <source>2 · Training settings</source>
        <translation>2 · Trainingseinstellungen</translation>
    </message>
    <message>
        <source>Hover over a setting to see what it does.</source>
        <translation>Fahre mit der Maus über eine Einstellung, um zu sehen, was sie bewirkt.</translation>
    </message>
</context>
<context>
    <name>train.run_card</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Train this network on MNIST</source>
        <translation>Dieses Netz mit MNIST trainieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause after the current batch; press again to go on</source>
        <translation>Nach dem aktuellen Batch pausieren; noch einmal drücken, um weiterzumachen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop after the current batch; completed epochs are kept</source>
        <translation>Nach dem aktuellen Batch stoppen; abgeschlossene Epochen bleiben erhalten</translation>
    </message>
    <message>
        <source>Resume last run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Continue the last run that was stopped or interrupted, from its last checkpoint</source>
        <translation>Den letzten gestoppten oder unterbrochenen Lauf ab seinem letzten Checkpoint (Sicherungspunkt) fortsetzen</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Modell verwenden</translation>
    </message>
    <message>
        <source>Make the trained network the current model of every tab</source>
        <translation>Das trainierte Netz zum aktuellen Modell aller Tabs machen</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Modell speichern…</translation>
    </message>
    <message>
        <source>Save the trained network as a .keras file with its settings and history</source>
        <translation>Das trainierte Netz als .keras-Datei mit seinen Einstellungen und seinem Verlauf speichern</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Test the trained network on the {n} test digits it never saw</source>
        <translation>Das trainierte Netz an den {n} Testziffern prüfen, die es nie gesehen hat</translation>
    </message>
    <message>
        <source>3 · Train</source>
        <translation>3 · Trainieren</translation>
    </message>
    <message>
        <source>Cannot start: {error}</source>
        <translation>Start nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Start is off until the architecture is fixed (see the highlighted layer).</source>
        <translation>Starten ist gesperrt, bis die Architektur korrigiert ist (siehe markierte Schicht).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Preparing: loading MNIST and TensorFlow…</source>
        <translation>Vorbereitung: MNIST und TensorFlow werden geladen…</translation>
    </message>
    <message>
        <source>Epoch {ep}/{ep_total} · batch {batch}/{batches} · loss {lossnum} · {rate} digits/s · about {left} left</source>
        <translation>Epoche {ep}/{ep_total} · Batch {batch}/{batches} · Verlust {lossnum} · {rate} Ziffern/s · noch etwa {left}</translation>
    </message>
    <message>
        <source>{status}: {ep_total} in {time} ({rate} digits/s)</source>
        <translation>{status}: {ep_total} in {time} ({rate} Ziffern/s)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
</context>
<context>
    <name>train.run_log</name>
    <message>
        <source>— run {runno} ({architecture}) —</source>
        <translation>— Lauf {runno} ({architecture}) —</translation>
    </message>
    <message>
        <source>TensorBoard logs: {path} (view with: tensorboard --logdir {root})</source>
        <translation>TensorBoard-Logs: {path} (anzeigen mit: tensorboard --logdir {root})</translation>
    </message>
    <message>
        <source>Devices for training: {names}; a cluster of {n} machines</source>
        <translation>Geräte für das Training: {names}; ein Cluster aus {n} Rechnern</translation>
    </message>
    <message>
        <source>Devices for training: {names}</source>
        <translation>Geräte für das Training: {names}</translation>
    </message>
    <message>
        <source>run folder: {path}</source>
        <translation>Ordner des Laufs: {path}</translation>
    </message>
    <message>
        <source>epoch {ep}: loss {lossnum}, accuracy {acc} %, validation accuracy {val} %</source>
        <translation>Epoche {ep}: Verlust {lossnum}, Genauigkeit {acc} %, Validierungsgenauigkeit {val} %</translation>
    </message>
    <message>
        <source>epoch {ep}: loss {lossnum}, accuracy {acc} %</source>
        <translation>Epoche {ep}: Verlust {lossnum}, Genauigkeit {acc} %</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>gespeichert: {path}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
</context>
<context>
    <name>train.runs_view</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>files deleted</source>
        <translation>Dateien gelöscht</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>Val.-Gen.</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>Test-Gen.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Delete the files of run {runno} (its checkpoints)…</source>
        <translation>Dateien von Lauf {runno} löschen (seine Checkpoints)…</translation>
    </message>
    <message>
        <source>Run {runno} has no files left to delete.</source>
        <translation>Lauf {runno} hat keine Dateien mehr zum Löschen.</translation>
    </message>
    <message>
        <source>Run {runno} is under way: stop it before deleting its files.</source>
        <translation>Lauf {runno} läuft noch: Stoppe ihn, bevor du seine Dateien löschst.</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Zu behaltende Läufe</translation>
    </message>
    <message>
        <source>Each run keeps its checkpoints in a folder of its own; when a new run starts, the folders of older runs beyond this many are deleted</source>
        <translation>Jeder Lauf legt seine Checkpoints in einem eigenen Ordner ab; startet ein neuer Lauf, werden die Ordner älterer Läufe über diese Anzahl hinaus gelöscht</translation>
    </message>
    <message>
        <source>Keep the checkpoints of the last</source>
        <translation>Checkpoints der letzten</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe behalten</translation>
    </message>
    <message>
        <source>Right-click a run to delete its checkpoints now.</source>
        <translation>Klicke mit der rechten Maustaste auf einen Lauf, um seine Checkpoints jetzt zu löschen.</translation>
    </message>
</context>
<context>
    <name>train.saving</name>
    <message>
        <source>Could not save the architecture</source>
        <translation>Die Architektur konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the architecture to {path}.</source>
        <translation>Architektur gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Could not save the plot</source>
        <translation>Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the plot to {path}.</source>
        <translation>Diagramm gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>Der Verlauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the history to {path}.</source>
        <translation>Verlauf gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>train.tab</name>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>Lernkurven</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>resumed {dirname}</source>
        <translation>fortgesetzt: {dirname}</translation>
    </message>
    <message>
        <source>Paused after the current batch. Press Resume to go on.</source>
        <translation>Nach dem aktuellen Batch pausiert. Drücke „Fortsetzen“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stoppt nach dem aktuellen Batch…</translation>
    </message>
    <message>
        <source>Evaluating on the test digits…</source>
        <translation>Auswertung mit den Testziffern…</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>Trainiertes Modell speichern</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras-Modelle (*.keras)</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>Das Training ist divergiert</translation>
    </message>
    <message>
        <source>The trained network is now the current model ({path}).</source>
        <translation>Das trainierte Netz ist jetzt das aktuelle Modell ({path}).</translation>
    </message>
    <message>
        <source>Saved the trained network to {path}.</source>
        <translation>Trainiertes Netz gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Training failed: {message}</source>
        <translation>Training fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Design a network, train it on MNIST and watch it learn</source>
        <translation>Entwirf ein Netz, trainiere es mit MNIST und sieh ihm beim Lernen zu</translation>
    </message>
</context>
<context>
    <name>train.texts</name>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>Das Modell konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not evaluate</source>
        <translation>Auswertung nicht möglich</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Cannot start: {reason}</source>
        <translation>Start nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Deleted the files of run {runno} ({dirname}).</source>
        <translation>Dateien von Lauf {runno} gelöscht ({dirname}).</translation>
    </message>
    <message>
        <source>Test accuracy {acc} %. See the Evaluation tab for the mistakes.</source>
        <translation>Testgenauigkeit {acc} %. Die Fehler findest du im Tab „Auswertung“.</translation>
    </message>
    <message>
        <source>Test digit #{index}: open the Draw tab to use it.</source>
        <translation>Testziffer Nr. {index}: Öffne den Tab „Zeichnen“, um sie zu verwenden.</translation>
    </message>
</context>
</TS>