<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>draw.actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>Nimmt den letzten Strich zurück (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Put back what Undo took (Ctrl+Shift+Z)</source>
        <translation>Stellt wieder her, was „Rückgängig“ entfernt hat (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Wipe the canvas (Esc); Undo brings it back</source>
        <translation>Leert die Zeichenfläche (Esc); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>Radier&amp;gummi</translation>
    </message>
    <message>
        <source>Left button erases instead of drawing (E); the right button always erases</source>
        <translation>Die linke Maustaste radiert, statt zu zeichnen (E); die rechte radiert immer</translation>
    </message>
    <message>
        <source>&amp;Wider Pen</source>
        <translation>&amp;Dickerer Stift</translation>
    </message>
    <message>
        <source>Make the pen wider (])</source>
        <translation>Macht den Stift dicker (])</translation>
    </message>
    <message>
        <source>&amp;Narrower Pen</source>
        <translation>D&amp;ünnerer Stift</translation>
    </message>
    <message>
        <source>Make the pen narrower ([)</source>
        <translation>Macht den Stift dünner ([)</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>Bild ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load a picture of a digit from a file (Ctrl+O)</source>
        <translation>Lädt das Bild einer Ziffer aus einer Datei (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild ein&amp;fügen</translation>
    </message>
    <message>
        <source>Load the image on the clipboard (Ctrl+V)</source>
        <translation>Lädt das Bild aus der Zwischenablage (Strg+V)</translation>
    </message>
    <message>
        <source>&amp;Random Test Digit</source>
        <translation>&amp;Zufällige Testziffer</translation>
    </message>
    <message>
        <source>Show a digit from MNIST's test set, which the network never trained on, with its true label (Ctrl+R)</source>
        <translation>Zeigt eine Ziffer aus den MNIST-Testdaten, mit denen das Netz nie trainiert hat, zusammen mit ihrer richtigen Bezeichnung (Strg+R)</translation>
    </message>
    <message>
        <source>Show &amp;Why</source>
        <translation>&amp;Warum zeigen</translation>
    </message>
    <message>
        <source>Colour the parts of your drawing that pushed the network to its answer (Grad-CAM; the Lab's Why page can switch to another way of asking)</source>
        <translation>Färbt die Teile deiner Zeichnung, die das Netz zu seiner Antwort gebracht haben (Grad-CAM; die Warum-Seite im Labor kann auf eine andere Methode umschalten)</translation>
    </message>
    <message>
        <source>Show &amp;Preparation Steps</source>
        <translation>&amp;Vorbereitungsschritte zeigen</translation>
    </message>
    <message>
        <source>Show how the drawing becomes the {grid} input</source>
        <translation>Zeigt, wie aus der Zeichnung die {grid}-Eingabe wird</translation>
    </message>
</context>
<context>
    <name>draw.digit_chooser</name>
    <message>
        <source>Digits:</source>
        <translation>Ziffern:</translation>
    </message>
    <message>
        <source>Show digit {n}, read as {num} (not sure)</source>
        <translation>Ziffer {n} zeigen, gelesen als {num} (unsicher)</translation>
    </message>
    <message>
        <source>Show digit {n}, read as {num}</source>
        <translation>Ziffer {n} zeigen, gelesen als {num}</translation>
    </message>
</context>
<context>
    <name>draw.jobs</name>
    <message>
        <source>Loaded from {name}, the first of {n} files dropped (one digit at a time)</source>
        <translation>Geladen aus {name}, der ersten von {n} abgelegten Dateien (immer eine Ziffer auf einmal)</translation>
    </message>
    <message>
        <source>Loaded from {name}</source>
        <translation>Geladen aus {name}</translation>
    </message>
</context>
<context>
    <name>draw.layout</name>
    <message>
        <source>Pen width ([ and ] change it too)</source>
        <translation>Stiftbreite ([ und ] ändern sie auch)</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Stiftbreite</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radiergummi</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Stift</translation>
    </message>
    <message>
        <source>Or try:</source>
        <translation>Oder probier:</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Random test digit</source>
        <translation>Zufällige Testziffer</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Zeichne eine Ziffer</translation>
    </message>
    <message>
        <source>Use the mouse or a pen; the right button erases. Every stroke updates the network's answer.</source>
        <translation>Zeichne mit der Maus oder einem Stift; die rechte Maustaste radiert. Jeder Strich aktualisiert die Antwort des Netzes.</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>The network's answer</source>
        <translation>Die Antwort des Netzes</translation>
    </message>
    <message>
        <source>Four steps: find the ink, crop it, shrink it to 20 pixels, centre it by its mass.</source>
        <translation>Vier Schritte: die Tinte finden, zuschneiden, auf 20 Pixel verkleinern, nach ihrem Schwerpunkt zentrieren.</translation>
    </message>
    <message>
        <source>How your drawing became {grid}</source>
        <translation>Wie deine Zeichnung zu {grid} wurde</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>Was das Netz sieht</translation>
    </message>
    <message>
        <source>Your drawing is cropped, shrunk and centred into a {grid} grid of brightness values, like the {mnist} MNIST digits the network learned from. These {pixels} numbers are all it gets.</source>
        <translation>Deine Zeichnung wird zugeschnitten, verkleinert und in ein {grid}-Raster aus Helligkeitswerten zentriert, wie die {mnist} MNIST-Ziffern, aus denen das Netz gelernt hat. Diese {pixels} Zahlen sind alles, was es bekommt.</translation>
    </message>
    <message>
        <source>What the network sees, 28 by 28</source>
        <translation>Was das Netz sieht, 28 mal 28</translation>
    </message>
</context>
<context>
    <name>draw.preparation_steps</name>
    <message>
        <source>1 · Your ink</source>
        <translation>1 · Deine Tinte</translation>
    </message>
    <message>
        <source>The drawing as ink intensity; the blue box is the ink's extent.</source>
        <translation>Die Zeichnung als Tintenstärke; der blaue Rahmen zeigt, wie weit die Tinte reicht.</translation>
    </message>
    <message>
        <source>2 · Cropped</source>
        <translation>2 · Zugeschnitten</translation>
    </message>
    <message>
        <source>Everything outside the box is cut away, so position does not matter.</source>
        <translation>Alles außerhalb des Rahmens wird abgeschnitten, deshalb spielt die Lage keine Rolle.</translation>
    </message>
    <message>
        <source>3 · Scaled</source>
        <translation>3 · Skaliert</translation>
    </message>
    <message>
        <source>The longer side is shrunk to 20 pixels, keeping the shape.</source>
        <translation>Die längere Seite wird auf 20 Pixel verkleinert, die Form bleibt erhalten.</translation>
    </message>
    <message>
        <source>4 · Centred</source>
        <translation>4 · Zentriert</translation>
    </message>
    <message>
        <source>Placed in {grid} so its centre of mass (orange cross) is in the middle, exactly as the MNIST digits were prepared.</source>
        <translation>So in {grid} gesetzt, dass der Schwerpunkt (oranges Kreuz) in der Mitte liegt, genau wie bei der Vorbereitung der MNIST-Ziffern.</translation>
    </message>
    <message>
        <source>Nothing to prepare: the canvas is empty.</source>
        <translation>Nichts vorzubereiten: Die Zeichenfläche ist leer.</translation>
    </message>
    <message>
        <source>Crop {w} × {h} px → scaled to {sw} × {sh} → placed at row {row}, column {column} of {grid}.</source>
        <translation>Ausschnitt {w} × {h} px → skaliert auf {sw} × {sh} → gesetzt in Zeile {row}, Spalte {column} von {grid}.</translation>
    </message>
    <message>
        <source>Dark ink on light paper was inverted first: the network expects white ink on black.</source>
        <translation>Dunkle Tinte auf hellem Papier wurde zuerst umgekehrt: Das Netz erwartet weiße Tinte auf Schwarz.</translation>
    </message>
</context>
<context>
    <name>draw.second_answer</name>
    <message>
        <source>Stop comparing with the other network</source>
        <translation>Vergleich mit dem anderen Netz beenden</translation>
    </message>
    <message>
        <source>Compared with {name} (Inspect › Two networks)</source>
        <translation>Verglichen mit {name} (Untersuchen › Zwei Netze)</translation>
    </message>
    <message>
        <source>: no digit yet</source>
        <translation>: noch keine Ziffer</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>anders</translation>
    </message>
    <message>
        <source> reads {num} · </source>
        <translation> liest {num} · </translation>
    </message>
    <message>
        <source>Compared with {name} (Inspect › Two networks): it reads {num} ({confidence}), the same answer.</source>
        <translation>Verglichen mit {name} (Untersuchen › Zwei Netze): Es liest {num} ({confidence}), dieselbe Antwort.</translation>
    </message>
    <message>
        <source>Compared with {name} (Inspect › Two networks): it reads {num} ({confidence}), not the same answer.</source>
        <translation>Verglichen mit {name} (Untersuchen › Zwei Netze): Es liest {num} ({confidence}), eine andere Antwort.</translation>
    </message>
</context>
<context>
    <name>draw.show_why</name>
    <message>
        <source>Show why: {message}</source>
        <translation>Warum?: {message}</translation>
    </message>
</context>
<context>
    <name>draw.tab</name>
    <message>
        <source>Open an image of a digit</source>
        <translation>Bild einer Ziffer öffnen</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no image.</source>
        <translation>Nichts einzufügen: In der Zwischenablage ist kein Bild.</translation>
    </message>
    <message>
        <source>MNIST test digit #{i}</source>
        <translation>MNIST-Testziffer Nr. {i}</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Abgelegtes Bild</translation>
    </message>
    <message>
        <source>Loading MNIST's test digits…</source>
        <translation>MNIST-Testziffern werden geladen…</translation>
    </message>
    <message>
        <source>Could not open the image</source>
        <translation>Das Bild konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not load the test digits</source>
        <translation>Die Testziffern konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>Draw a digit and watch the network read it</source>
        <translation>Zeichne eine Ziffer und sieh zu, wie das Netz sie liest</translation>
    </message>
</context>
<context>
    <name>draw.texts</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>draw.verdict</name>
    <message>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>ziemlich sicher</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>sehr sicher</translation>
    </message>
    <message>
        <source>hesitant</source>
        <translation>zögernd</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Calibrated, {pct} likely right.</source>
        <translation>Kalibriert: mit {pct} Wahrscheinlichkeit richtig.</translation>
    </message>
    <message>
        <source>{pct} of the vote goes to {num}; next best is {runner} with {runner_pct}.</source>
        <translation>{pct} der Stimmen gehen an die {num}; danach kommt die {runner} mit {runner_pct}.</translation>
    </message>
    <message>
        <source>Digit {n} of {count}: {said}. {pct} of its vote goes to {num}.</source>
        <translation>Ziffer {n} von {count}: {said}. {pct} ihrer Stimmen gehen an die {num}.</translation>
    </message>
    <message>
        <source>It reads {number}</source>
        <translation>Es liest {number}</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Zeichne eine Ziffer</translation>
    </message>
    <message>
        <source>Loading the network…</source>
        <translation>Das Netz wird geladen…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Kein Modell geladen</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>Warte auf das Netz…</translation>
    </message>
    <message>
        <source>The network's answer appears while you draw.</source>
        <translation>Die Antwort des Netzes erscheint, während du zeichnest.</translation>
    </message>
    <message>
        <source>You can draw already: the answer appears as soon as it is ready.</source>
        <translation>Du kannst schon zeichnen: Die Antwort erscheint, sobald sie bereit ist.</translation>
    </message>
    <message>
        <source>Open one with Model ▸ Open Model… The {grid} image below still follows your drawing.</source>
        <translation>Öffne eines mit Modell ▸ Modell öffnen… Das {grid}-Bild unten folgt deiner Zeichnung trotzdem.</translation>
    </message>
    <message>
        <source>It reads {num}: {sureness}</source>
        <translation>Es liest {num}: {sureness}</translation>
    </message>
    <message>
        <source>Not sure: {num} or {num2}?</source>
        <translation>Unsicher: {num} oder {num2}?</translation>
    </message>
    <message>
        <source>This may not be a digit</source>
        <translation>Das ist vielleicht keine Ziffer</translation>
    </message>
    <message>
        <source>true label &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>richtige Bezeichnung &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ read correctly</source>
        <translation>✓ richtig gelesen</translation>
    </message>
    <message>
        <source>✗ read wrongly</source>
        <translation>✗ falsch gelesen</translation>
    </message>
</context>
</TS>