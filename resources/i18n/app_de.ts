<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>app.advice</name>
    <message>
        <source>Convscope opens pictures of one digit in PNG, JPEG, BMP, GIF, TIFF or WebP format, up to 40 megapixels. Try another file, paste a picture (File ▸ Paste Image, Ctrl+V), load a random test digit, or draw the digit on the canvas.</source>
        <translation>Convscope öffnet Bilder einer einzelnen Ziffer im Format PNG, JPEG, BMP, GIF, TIFF oder WebP, bis 40 Megapixel. Versuch es mit einer anderen Datei, füge ein Bild ein (Datei ▸ Bild einfügen, Strg+V), lade eine zufällige Testziffer oder zeichne die Ziffer auf die Zeichenfläche.</translation>
    </message>
    <message>
        <source>Convscope opens .keras models it saved itself (Model ▸ Save Model As… or the Train tab). Choose another file, or go back to the shipped one with Model ▸ Open Default Model.</source>
        <translation>Convscope öffnet .keras-Modelle, die es selbst gespeichert hat (Modell ▸ Modell speichern unter… oder der Reiter Trainieren). Wähle eine andere Datei oder kehre mit Modell ▸ Standardmodell öffnen zum mitgelieferten Modell zurück.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with some free space (a model takes about 1 MB), and save again.</source>
        <translation>Wähle einen Ordner, in den du schreiben darfst und der etwas freien Platz hat (ein Modell braucht etwa 1 MB), und speichere noch einmal.</translation>
    </message>
    <message>
        <source>The test digits come from resources/data/mnist.npz; reinstalling Convscope puts it back. Meanwhile you can draw digits or open pictures of them.</source>
        <translation>Die Testziffern stammen aus resources/data/mnist.npz; eine Neuinstallation von Convscope stellt die Datei wieder her. Bis dahin kannst du Ziffern zeichnen oder Bilder von Ziffern öffnen.</translation>
    </message>
    <message>
        <source>Check the settings the message names and start again; a run that had saved a checkpoint can be resumed from it.</source>
        <translation>Prüfe die Einstellungen, die die Meldung nennt, und starte neu; ein Training, das einen Checkpoint (Sicherungspunkt) gespeichert hatte, kann dort weitermachen.</translation>
    </message>
</context>
<context>
    <name>app.language_menu</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language: {language}. It applies the next time Convscope starts.</source>
        <translation>Sprache: {language}. Sie gilt ab dem nächsten Start von Convscope.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Speak the language the computer is set to</source>
        <translation>Die Sprache verwenden, auf die der Computer eingestellt ist</translation>
    </message>
</context>
<context>
    <name>app.menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Convscope (Ctrl+Q)</source>
        <translation>Convscope schließen (Strg+Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Convscope</source>
        <translation>Ü&amp;ber Convscope</translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation>Was diese App ist</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The toolkit behind the window</source>
        <translation>Das Toolkit hinter dem Fenster</translation>
    </message>
    <message>
        <source>About Convscope</source>
        <translation>Über Convscope</translation>
    </message>
    <message>
        <source>&lt;p&gt;Draw a digit and see how a convolutional neural network reads it: the 28&amp;nbsp;×&amp;nbsp;28 image it receives, the features its layers find, and the ten votes it gives back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zeichne eine Ziffer und sieh zu, wie ein neuronales Faltungsnetz sie liest: das 28&amp;nbsp;×&amp;nbsp;28-Bild, das es bekommt, die Merkmale, die seine Schichten finden, und die zehn Stimmen, die es zurückgibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The networks learn from MNIST, {count} handwritten digits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Netze lernen aus MNIST, {count} handgeschriebenen Ziffern.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app.model_info</name>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modell: {name}</translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation>Vorlage {preset}</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} Parameter</translation>
    </message>
    <message>
        <source>{pct} test accuracy</source>
        <translation>{pct} Genauigkeit auf den Testziffern</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is loaded yet. Open one with &lt;b&gt;Model ▸ Open Model…&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch ist kein Modell geladen. Öffne eines mit &lt;b&gt;Modell ▸ Modell öffnen…&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Genauigkeit (Test)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Trainierte Epochen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation>Berechnet mit</translation>
    </message>
    <message>
        <source>NumPy, in the app itself</source>
        <translation>NumPy, in der App selbst</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
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
        <source>Model information</source>
        <translation>Modellinformationen</translation>
    </message>
</context>
<context>
    <name>app.model_menu</name>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Keras-Modelle (*.keras);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load a .keras model file (Ctrl+Shift+O)</source>
        <translation>Eine .keras-Modelldatei laden (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Default Model</source>
        <translation>&amp;Standardmodell öffnen</translation>
    </message>
    <message>
        <source>Load the model shipped with Convscope</source>
        <translation>Das Modell laden, das mit Convscope geliefert wird</translation>
    </message>
    <message>
        <source>&amp;Save Model As…</source>
        <translation>Modell speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the current model to a new file (Ctrl+Shift+S)</source>
        <translation>Das aktuelle Modell in eine neue Datei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation>Modell&amp;informationen…</translation>
    </message>
    <message>
        <source>Name, preset, size, accuracy and layers of the current model (Ctrl+I)</source>
        <translation>Name, Vorlage, Größe, Genauigkeit und Schichten des aktuellen Modells (Strg+I)</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>Keine zuletzt geöffneten Modelle</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Ein Modell öffnen</translation>
    </message>
    <message>
        <source>Save the model as</source>
        <translation>Modell speichern unter</translation>
    </message>
    <message>
        <source>Saving the model to {path}…</source>
        <translation>Das Modell wird in {path} gespeichert…</translation>
    </message>
</context>
<context>
    <name>app.presenter</name>
    <message>
        <source>Pre&amp;senter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large type, a thick pen and only what a lesson needs (F5; Esc leaves)</source>
        <translation>Große Schrift, ein dicker Stift und nur, was eine Unterrichtsstunde braucht (F5; Esc beendet)</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
</context>
<context>
    <name>app.qtlibs</name>
    <message>
        <source>install them with: {command}</source>
        <translation>installiere sie mit: {command}</translation>
    </message>
    <message>
        <source>install them with your package manager</source>
        <translation>installiere sie mit deiner Paketverwaltung</translation>
    </message>
    <message>
        <source>Qt cannot open a window: the system lacks {libraries}; {fix}</source>
        <translation>Qt kann kein Fenster öffnen: dem System fehlen {libraries}; {fix}</translation>
    </message>
</context>
<context>
    <name>app.screenshot</name>
    <message>
        <source>--size {text}: expected WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation>--size {text}: erwartet BREITExHÖHE, z. B. 1400x900</translation>
    </message>
    <message>
        <source>--size {text}: width must be 320..8000 and height 240..8000</source>
        <translation>--size {text}: die Breite muss 320..8000 und die Höhe 240..8000 sein</translation>
    </message>
    <message>
        <source>timed out after {seconds} s waiting for the model and the prediction</source>
        <translation>nach {seconds} s Warten auf das Modell und die Vorhersage abgebrochen</translation>
    </message>
    <message>
        <source>{option} {path}: the screenshot is a PNG, name it *.png</source>
        <translation>{option} {path}: der Screenshot ist ein PNG, nenne die Datei *.png</translation>
    </message>
    <message>
        <source>{option} {path}: folder {dir} does not exist</source>
        <translation>{option} {path}: den Ordner {dir} gibt es nicht</translation>
    </message>
    <message>
        <source>{option} {path}: no such file</source>
        <translation>{option} {path}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>no model at {path}; train one with: {command}</source>
        <translation>kein Modell unter {path}; trainiere eines mit: {command}</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>{path} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>--tab {tab}: choose one of {choices}</source>
        <translation>--tab {tab}: wähle eines von {choices}</translation>
    </message>
    <message>
        <source>--tab inspect:VIEW: VIEW is one of {choices}</source>
        <translation>--tab inspect:VIEW: VIEW ist eines von {choices}</translation>
    </message>
    <message>
        <source>--tab lab:PAGE: PAGE is one of {choices}</source>
        <translation>--tab lab:PAGE: PAGE ist eines von {choices}</translation>
    </message>
    <message>
        <source>--theme {theme}: choose one of {choices}</source>
        <translation>--theme {theme}: wähle eines von {choices}</translation>
    </message>
    <message>
        <source>--zoom {zoom}: choose a zoom from {low} to {high}</source>
        <translation>--zoom {zoom}: wähle einen Zoom von {low} bis {high}</translation>
    </message>
    <message>
        <source>no model at {path}</source>
        <translation>kein Modell unter {path}</translation>
    </message>
</context>
<context>
    <name>app.startup</name>
    <message>
        <source>no display to open a window on; run it in a desktop session, or use &apos;{command}&apos; to render the window to a file</source>
        <translation>kein Bildschirm, auf dem sich ein Fenster öffnen ließe; starte es in einer Desktop-Sitzung oder zeichne das Fenster mit &apos;{command}&apos; in eine Datei</translation>
    </message>
</context>
<context>
    <name>app.status_bar</name>
    <message>
        <source>Loading in the background; the app stays usable</source>
        <translation>Lädt im Hintergrund; die App bleibt benutzbar</translation>
    </message>
    <message>
        <source>The model the Draw tab asks (Model ▸ Model Info… for more)</source>
        <translation>Das Modell, das der Reiter Zeichnen fragt (mehr unter Modell ▸ Modellinformationen…)</translation>
    </message>
    <message>
        <source>The current model&apos;s weights were changed in the Lab. Every tab uses the changed network, and Save Model As… saves it as it is now. Undo the change there, or open the model again, to get the original back.</source>
        <translation>Die Gewichte des aktuellen Modells wurden im Labor geändert. Alle Reiter verwenden das geänderte Netz, und Modell speichern unter… speichert es so, wie es jetzt ist. Mach die Änderung dort rückgängig oder öffne das Modell erneut, um das Original zurückzubekommen.</translation>
    </message>
    <message>
        <source>Loading the model {name}…</source>
        <translation>Das Modell {name} wird geladen…</translation>
    </message>
    <message>
        <source>runs on TensorFlow</source>
        <translation>läuft mit TensorFlow</translation>
    </message>
    <message>
        <source>Model “{name}” ready; it {note}, so it answers more slowly.</source>
        <translation>Modell „{name}“ bereit; es {note} und antwortet deshalb langsamer.</translation>
    </message>
    <message>
        <source>Model “{name}” ready (loaded in {seconds} s).</source>
        <translation>Modell „{name}“ bereit (in {seconds} s geladen).</translation>
    </message>
    <message>
        <source>Saved the modified model to {path}: its weights include your change ({change}).</source>
        <translation>Das geänderte Modell wurde in {path} gespeichert: seine Gewichte enthalten deine Änderung ({change}).</translation>
    </message>
    <message>
        <source>Saved the model to {path}.</source>
        <translation>Das Modell wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Modified: {change}</source>
        <translation>Geändert: {change}</translation>
    </message>
</context>
<context>
    <name>app.view_controls</name>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Zoom I&amp;n</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger text and controls</source>
        <translation>Größere Schrift und Bedienelemente</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text and controls</source>
        <translation>Kleinere Schrift und Bedienelemente</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text and controls at their usual size</source>
        <translation>Schrift und Bedienelemente in normaler Größe</translation>
    </message>
</context>
<context>
    <name>app.window</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Train your own network on MNIST</source>
        <translation>Trainiere dein eigenes Netz mit MNIST</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Follow your drawing through the network, layer by layer</source>
        <translation>Verfolge deine Zeichnung durch das Netz, Schicht für Schicht</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Experiments on your digit: why this answer, robustness, kernels, your handwriting</source>
        <translation>Experimente mit deiner Ziffer: warum diese Antwort, Robustheit, Filterkerne, deine Handschrift</translation>
    </message>
    <message>
        <source>Convscope keeps using the model “{name}”.</source>
        <translation>Convscope verwendet weiter das Modell „{name}“.</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>Das Modell ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>Das Modell ließ sich nicht speichern</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>No model yet: {path} is missing. Open one with Model ▸ Open Model…; the canvas works without it.</source>
        <translation>Noch kein Modell: {path} fehlt. Öffne eines mit Modell ▸ Modell öffnen…; die Zeichenfläche funktioniert auch ohne.</translation>
    </message>
</context>
<context>
    <name>common.answer_column</name>
    <message>
        <source>reads &lt;b&gt;{label}&lt;/b&gt; ({pct})</source>
        <translation>liest &lt;b&gt;{label}&lt;/b&gt; ({pct})</translation>
    </message>
</context>
<context>
    <name>common.canvas_overlays</name>
    <message>
        <source>Draw a digit here</source>
        <translation>Zeichne hier eine Ziffer</translation>
    </message>
    <message>
        <source>one digit, 0 to 9, as large as you like</source>
        <translation>eine Ziffer von 0 bis 9, so groß du willst</translation>
    </message>
</context>
<context>
    <name>common.confusion_matrix</name>
    <message>
        <source>Row: the true digit. Column: the network&apos;s answer. The diagonal holds the right answers; click any cell to see those digits.</source>
        <translation>Zeile: die richtige Ziffer. Spalte: die Antwort des Netzes. Auf der Diagonale stehen die richtigen Antworten; klick auf ein Feld, um diese Ziffern zu sehen.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>No digits scored yet</source>
        <translation>Noch keine Ziffern ausgewertet</translation>
    </message>
    <message>
        <source>true {row}, read as {col}: 1 digit</source>
        <translation>richtig {row}, gelesen als {col}: 1 Ziffer</translation>
    </message>
    <message>
        <source>true {row}, read as {col}: {n} digits</source>
        <translation>richtig {row}, gelesen als {col}: {n} Ziffern</translation>
    </message>
    <message>
        <source>{right} of {total} digits on the diagonal (read right)</source>
        <translation>{right} von {total} Ziffern auf der Diagonale (richtig gelesen)</translation>
    </message>
    <message>
        <source>network&apos;s answer →</source>
        <translation>Antwort des Netzes →</translation>
    </message>
    <message>
        <source>true digit →</source>
        <translation>richtige Ziffer →</translation>
    </message>
    <message>
        <source>Train or evaluate a model
to fill this in</source>
        <translation>Trainiere oder bewerte ein Modell,
um das hier zu füllen</translation>
    </message>
</context>
<context>
    <name>common.digit_gallery</name>
    <message>
        <source>Click a digit to load it into the Draw and Inspect tabs</source>
        <translation>Klick auf eine Ziffer, um sie in die Reiter Zeichnen und Untersuchen zu laden</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>test digit #{index}{caption}: click to draw with it</source>
        <translation>Testziffer Nr. {index}{caption}: klick, um mit ihr zu zeichnen</translation>
    </message>
</context>
<context>
    <name>common.errors</name>
    <message>
        <source>Try again. If it keeps happening, the log file has the technical details for a bug report.</source>
        <translation>Versuch es noch einmal. Wenn es immer wieder passiert, stehen die technischen Details für einen Fehlerbericht in der Logdatei.</translation>
    </message>
    <message>
        <source>The technical details are in the log file {path}.</source>
        <translation>Die technischen Details stehen in der Logdatei {path}.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy what happened, with the details, to paste into a bug report</source>
        <translation>Kopiert, was passiert ist, samt Details, zum Einfügen in einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>no further information</source>
        <translation>keine weiteren Angaben</translation>
    </message>
    <message>
        <source>unexpected {kind}: {message}</source>
        <translation>unerwarteter Fehler {kind}: {message}</translation>
    </message>
    <message>
        <source>{error}. Convscope carries on; Copy report copies the details; it is also in {path}.</source>
        <translation>{error}. Convscope läuft weiter; Bericht kopieren kopiert die Details; sie stehen auch in {path}.</translation>
    </message>
    <message>
        <source>{error}. Convscope carries on; Copy report copies the details.</source>
        <translation>{error}. Convscope läuft weiter; Bericht kopieren kopiert die Details.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>This is a bug in Convscope, not something you did. Carry on working; to help fix it, press Copy report and paste the report into a bug report.</source>
        <translation>Das ist ein Fehler in Convscope, nicht etwas, das du falsch gemacht hast. Arbeite einfach weiter; wenn du bei der Behebung helfen willst, drück auf Bericht kopieren und füge den Bericht in eine Fehlermeldung ein.</translation>
    </message>
</context>
<context>
    <name>common.export_dialog</name>
    <message>
        <source>Slide the filter (animation)</source>
        <translation>Den Filter verschieben (Animation)</translation>
    </message>
    <message>
        <source>A filter slides over your digit and builds its feature map, value by value.</source>
        <translation>Ein Filter gleitet über deine Ziffer und baut Wert für Wert seine Merkmalskarte auf.</translation>
    </message>
    <message>
        <source>Training replay (animation)</source>
        <translation>Training im Rückblick (Animation)</translation>
    </message>
    <message>
        <source>Your digit seen by the network at each saved moment of the last training run: its first filters, their maps and its answer.</source>
        <translation>Deine Ziffer, wie das Netz sie zu jedem gespeicherten Zeitpunkt des letzten Trainings sah: seine ersten Filter, ihre Karten und seine Antwort.</translation>
    </message>
    <message>
        <source>Robustness sweep (animation)</source>
        <translation>Robustheitsreihe (Animation)</translation>
    </message>
    <message>
        <source>Your digit is moved, turned, resized, thickened or spoiled step by step while the networks answer.</source>
        <translation>Deine Ziffer wird Schritt für Schritt verschoben, gedreht, in der Größe verändert, dicker gemacht oder verrauscht, während die Netze antworten.</translation>
    </message>
    <message>
        <source>Lesson handout (HTML page)</source>
        <translation>Arbeitsblatt für den Unterricht (HTML-Seite)</translation>
    </message>
    <message>
        <source>One page with pictures inside: the layers, the accuracy, the confusion matrix, your digit through every layer and the first filters. Print it or save it as PDF from a browser.</source>
        <translation>Eine Seite mit eingebetteten Bildern: die Schichten, die Genauigkeit, die Konfusionsmatrix, deine Ziffer durch jede Schicht und die ersten Filter. Druck sie aus oder speichere sie im Browser als PDF.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Move sideways</source>
        <translation>Seitlich verschieben</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Stroke thickness</source>
        <translation>Strichstärke</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Export for slides</source>
        <translation>Für Folien exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Was exportiert wird:</translation>
    </message>
    <message>
        <source>The convolution layer whose filter slides</source>
        <translation>Die Faltungsschicht, deren Filter gleitet</translation>
    </message>
    <message>
        <source>the strongest on this digit</source>
        <translation>der stärkste bei dieser Ziffer</translation>
    </message>
    <message>
        <source>Which filter of the layer slides</source>
        <translation>Welcher Filter der Schicht gleitet</translation>
    </message>
    <message>
        <source>What changes from one frame to the next</source>
        <translation>Was sich von Bild zu Bild ändert</translation>
    </message>
    <message>
        <source>Compare with the plain dense network (mlp.keras)</source>
        <translation>Mit dem einfachen vollständig verbundenen Netz vergleichen (mlp.keras)</translation>
    </message>
    <message>
        <source>Show a second network&apos;s answers beside this one&apos;s</source>
        <translation>Die Antworten eines zweiten Netzes neben denen dieses Netzes zeigen</translation>
    </message>
    <message>
        <source>More frames: a smoother, longer and larger animation</source>
        <translation>Mehr Bilder: eine flüssigere, längere und größere Animation</translation>
    </message>
    <message>
        <source>GIF (plays everywhere)</source>
        <translation>GIF (läuft überall)</translation>
    </message>
    <message>
        <source>WebP (smaller, sharper)</source>
        <translation>WebP (kleiner, schärfer)</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Schicht:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Compare with {name}</source>
        <translation>Mit {name} vergleichen</translation>
    </message>
    <message>
        <source>Load a model first.</source>
        <translation>Lade zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab first: every export shows it.</source>
        <translation>Zeichne zuerst eine Ziffer im Reiter Zeichnen: jeder Export zeigt sie.</translation>
    </message>
    <message>
        <source>This network has no convolution layer, so no filter slides over the digit.</source>
        <translation>Dieses Netz hat keine Faltungsschicht, also gleitet kein Filter über die Ziffer.</translation>
    </message>
    <message>
        <source>There is no training run to replay yet: train a model on the Train tab.</source>
        <translation>Es gibt noch kein Training zum Abspielen: trainiere ein Modell im Reiter Trainieren.</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>GIF-Animation (*.gif)</translation>
    </message>
    <message>
        <source>WebP animation (*.webp)</source>
        <translation>WebP-Animation (*.webp)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>dieses Netz</translation>
    </message>
    <message>
        <source>Saved {path}, {frames} frames.</source>
        <translation>{path} gespeichert, {frames} Bilder.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <source>Could not export: {message}</source>
        <translation>Export nicht möglich: {message}</translation>
    </message>
</context>
<context>
    <name>common.keyboard_pen</name>
    <message>
        <source>Arrow keys move the pen, Space puts it down or lifts it, Delete clears; Shift with an arrow moves four times as far.</source>
        <translation>Die Pfeiltasten bewegen den Stift, die Leertaste setzt ihn ab oder hebt ihn an, Entf löscht alles; Umschalt mit einem Pfeil bewegt ihn viermal so weit.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse or a pen. Right-click (or the eraser) erases; drop an image file here to load it.</source>
        <translation>Zeichne eine Ziffer mit der Maus oder einem Stift. Rechtsklick (oder der Radierer) radiert; zieh eine Bilddatei hierher, um sie zu laden.</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Draw a digit. {keys}</source>
        <translation>Zeichne eine Ziffer. {keys}</translation>
    </message>
</context>
<context>
    <name>common.maps.grid</name>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>input channel</source>
        <translation>Eingabekanal</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>Eingabekanäle</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>{tile} {n}, row {row}, column {col}: {number}</source>
        <translation>{tile} {n}, Zeile {row}, Spalte {col}: {number}</translation>
    </message>
    <message>
        <source>row {row}, column {col}: {number}</source>
        <translation>Zeile {row}, Spalte {col}: {number}</translation>
    </message>
</context>
<context>
    <name>common.page</name>
    <message>
        <source>“{title}” could not start: {error}</source>
        <translation>„{title}“ konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>Details anzeigen…</translation>
    </message>
</context>
<context>
    <name>common.pixel_view</name>
    <message>
        <source>Picture of pixels</source>
        <translation>Bild aus Pixeln</translation>
    </message>
</context>
<context>
    <name>common.plots</name>
    <message>
        <source>Home</source>
        <translation>Startansicht</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Zur ursprünglichen Ansicht zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>Zurück zur vorigen Ansicht</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>Vor zur nächsten Ansicht</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Left button pans, Right button zooms
x/y fixes axis, CTRL fixes aspect</source>
        <translation>Linke Taste verschiebt, rechte Taste zoomt
x/y hält eine Achse fest, Strg das Seitenverhältnis</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom to rectangle
x/y fixes axis</source>
        <translation>Auf ein Rechteck zoomen
x/y hält eine Achse fest</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Edit axis, curve and image parameters</source>
        <translation>Achsen, Kurven und Bildeinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>noch keine Werte</translation>
    </message>
</context>
<context>
    <name>common.probability_bars</name>
    <message>
        <source>true</source>
        <comment>the digit a test picture really is</comment>
        <translation>richtig</translation>
    </message>
    <message>
        <source>How strongly the network votes for each digit. The ten votes add up to 100 %; the longest bar is its answer.</source>
        <translation>Wie stark das Netz für jede Ziffer stimmt. Die zehn Stimmen ergeben zusammen 100 %; der längste Balken ist seine Antwort.</translation>
    </message>
    <message>
        <source>The network&apos;s votes</source>
        <translation>Die Stimmen des Netzes</translation>
    </message>
</context>
<context>
    <name>common.second_network</name>
    <message>
        <source>the file {name}</source>
        <translation>der Datei {name}</translation>
    </message>
    <message>
        <source>training, {snapshot}</source>
        <translation>Training, {snapshot}</translation>
    </message>
    <message>
        <source>the last training run, {snapshot}</source>
        <translation>dem letzten Training, {snapshot}</translation>
    </message>
    <message>
        <source>a CNN</source>
        <translation>ein CNN</translation>
    </message>
    <message>
        <source>a dense network</source>
        <translation>ein vollständig verbundenes Netz</translation>
    </message>
</context>
<context>
    <name>common.session</name>
    <message>
        <source>There is no model to save yet.</source>
        <translation>Es gibt noch kein Modell zum Speichern.</translation>
    </message>
    <message>
        <source>snapshot after epoch {n}</source>
        <translation>Zwischenstand nach Epoche {n}</translation>
    </message>
    <message>
        <source>snapshot from epoch {n}, batch {batch}</source>
        <translation>Zwischenstand aus Epoche {n}, Batch {batch}</translation>
    </message>
</context>
<context>
    <name>common.snapshots</name>
    <message>
        <source>end of epoch {n}</source>
        <translation>Ende von Epoche {n}</translation>
    </message>
    <message>
        <source>epoch {n}, batch {batch}</source>
        <translation>Epoche {n}, Batch {batch}</translation>
    </message>
</context>
<context>
    <name>common.themes</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Light or dark, as the computer is set</source>
        <translation>Hell oder dunkel, je nach Einstellung des Computers</translation>
    </message>
    <message>
        <source>Show Convscope in the light look</source>
        <translation>Convscope hell anzeigen</translation>
    </message>
    <message>
        <source>Show Convscope in the dark look</source>
        <translation>Convscope dunkel anzeigen</translation>
    </message>
    <message>
        <source>Show Convscope in the high contrast look</source>
        <translation>Convscope mit hohem Kontrast anzeigen</translation>
    </message>
</context>
<context>
    <name>common.why</name>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>Verdecken</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Salienz</translation>
    </message>
    <message>
        <source>Gradient, smoothed</source>
        <translation>Gradient, geglättet</translation>
    </message>
    <message>
        <source>{method}: why {label}</source>
        <translation>{method}: warum {label}</translation>
    </message>
    <message>
        <source>{method}: what looks like {label}</source>
        <translation>{method}: was wie {label} aussieht</translation>
    </message>
</context>
<context>
    <name>common.widgets</name>
    <message>
        <source>very sure</source>
        <translation>sehr sicher</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>ziemlich sicher</translation>
    </message>
    <message>
        <source>hesitant</source>
        <translation>zögerlich</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
</context>
<context>
    <name>common.workers</name>
    <message>
        <source>There is no model yet.</source>
        <translation>Es gibt noch kein Modell.</translation>
    </message>
    <message>
        <source>run {n} (training)</source>
        <translation>Lauf {n} (Training)</translation>
    </message>
</context>
</TS>
