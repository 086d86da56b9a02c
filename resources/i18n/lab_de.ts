<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>lab.kernels.jobs</name>
    <message>
        <source>the network changed in the meantime: nothing was changed</source>
        <translation>das Netz hat sich inzwischen geändert: Es wurde nichts verändert</translation>
    </message>
    <message>
        <source>filter {index} of {layer} given new weights</source>
        <translation>Filter {index} von {layer} hat neue Gewichte bekommen</translation>
    </message>
</context>
<context>
    <name>lab.kernels.kernel_grid</name>
    <message>
        <source>weight row {row}, column {column}</source>
        <translation>Gewicht Zeile {row}, Spalte {column}</translation>
    </message>
</context>
<context>
    <name>lab.kernels.knockout_card</name>
    <message>
        <source>Switch off a filter of the network</source>
        <translation>Schalte einen Filter des Netzes ab</translation>
    </message>
    <message>
        <source>Each filter of a trained convolution learned to find one pattern. Switch one off (all its weights become 0, so its feature map goes dark) or give it your own weights, and see what the network loses: its answer for your digit, and its accuracy on {n} test digits.</source>
        <translation>Jeder Filter einer trainierten Faltungsschicht hat gelernt, ein bestimmtes Muster zu finden. Schalte einen ab (alle seine Gewichte werden 0, seine Merkmalskarte wird also dunkel) oder gib ihm eigene Gewichte, und sieh, was das Netz verliert: seine Antwort für deine Ziffer und seine Genauigkeit auf {n} Testziffern.</translation>
    </message>
    <message>
        <source>Which convolution layer's filters to choose from</source>
        <translation>Die Faltungsschicht, aus deren Filtern du wählst</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Abschalten</translation>
    </message>
    <message>
        <source>Set every weight and the bias of this filter to 0</source>
        <translation>Alle Gewichte und den Bias dieses Filters auf 0 setzen</translation>
    </message>
    <message>
        <source>Use these weights</source>
        <translation>Diese Gewichte verwenden</translation>
    </message>
    <message>
        <source>Give this filter the weights typed in the grid</source>
        <translation>Diesem Filter die im Raster eingetippten Gewichte geben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change to the network</source>
        <translation>Die letzte Änderung am Netz zurücknehmen</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>Alles rückgängig</translation>
    </message>
    <message>
        <source>Give the network back every filter as it was trained</source>
        <translation>Dem Netz alle Filter so zurückgeben, wie sie trainiert wurden</translation>
    </message>
    <message>
        <source>As trained</source>
        <translation>Wie trainiert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>This filter's map
on your digit</source>
        <translation>Karte dieses Filters
für deine Ziffer</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Accuracy on
{n} test digits</source>
        <translation>Genauigkeit auf
{n} Testziffern</translation>
    </message>
</context>
<context>
    <name>lab.kernels.page</name>
    <message>
        <source>Another model is now current; the filter changes were made to the previous one</source>
        <translation>Jetzt ist ein anderes Modell aktuell; die Änderungen an den Filtern betrafen das vorige</translation>
    </message>
    <message>
        <source>Making a private copy of the network to compare against…</source>
        <translation>Eine eigene Kopie des Netzes wird zum Vergleichen angelegt…</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>Every cell of the filter needs a number.</source>
        <translation>Jedes Feld des Filters braucht eine Zahl.</translation>
    </message>
    <message>
        <source>Measuring the network on {n} test digits as trained…</source>
        <translation>Das Netz wird so, wie es trainiert wurde, auf {n} Testziffern gemessen…</translation>
    </message>
    <message>
        <source>Undone: {changes}.</source>
        <translation>Rückgängig gemacht: {changes}.</translation>
    </message>
    <message>
        <source>Could not change the filter</source>
        <translation>Der Filter konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The network has all its filters back, as trained.</source>
        <translation>Das Netz hat alle seine Filter wieder, so wie sie trainiert wurden.</translation>
    </message>
    <message>
        <source>The filter comparison failed</source>
        <translation>Der Vergleich der Filter ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Filter {index} of {layer}</source>
        <translation>Filter {index} von {layer}</translation>
    </message>
</context>
<context>
    <name>lab.kernels.playground</name>
    <message>
        <source>Slide your own filter over your digit</source>
        <translation>Schiebe deinen eigenen Filter über deine Ziffer</translation>
    </message>
    <message>
        <source>A filter is a small grid of weights sliding over the digit: at each position the pixels under it are multiplied by the weights and added up, giving one pixel of a new image, the feature map. Edit a weight and watch every step change.</source>
        <translation>Ein Filter ist ein kleines Raster aus Gewichten, das über die Ziffer gleitet: An jeder Stelle werden die Pixel darunter mit den Gewichten multipliziert und addiert. Das ergibt ein Pixel eines neuen Bildes, der Merkmalskarte. Ändere ein Gewicht und sieh zu, wie sich jeder Schritt ändert.</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>dein eigener</translation>
    </message>
    <message>
        <source>Start from a well-known filter, then edit it</source>
        <translation>Beginne mit einem bekannten Filter und ändere ihn dann</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>A blank {side}×{side} filter to fill in</source>
        <translation>Ein leerer {side}×{side}-Filter zum Ausfüllen</translation>
    </message>
    <message>
        <source>Type a kernel</source>
        <translation>Einen Filterkern eintippen</translation>
    </message>
    <message>
        <source>or type one: 1 0 -1; 2 0 -2; 1 0 -1</source>
        <translation>oder tipp einen ein: 1 0 -1; 2 0 -2; 1 0 -1</translation>
    </message>
    <message>
        <source>Rows separated by ; or new lines, numbers by spaces or commas; fractions like 1/9 work. 3×3 or 5×5. Press Enter to use it.</source>
        <translation>Zeilen durch ; oder neue Zeilen trennen, Zahlen durch Leerzeichen oder Kommas (Dezimalzahlen daher mit Punkt: 0.5); Brüche wie 1/9 gehen auch. 3×3 oder 5×5. Mit Enter übernehmen.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Pad the border with zeros</source>
        <translation>Den Rand mit Nullen auffüllen</translation>
    </message>
    <message>
        <source>With padding the filter may hang over the edge (zeros there), so the map keeps its 28×28 size; without, it stays inside and the map shrinks</source>
        <translation>Mit Auffüllen darf der Filter über den Rand hinausragen (dort stehen Nullen), die Karte behält also ihre Größe von 28×28; ohne bleibt er innerhalb und die Karte schrumpft</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Deine Ziffer</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>Max pooling 2×2</source>
        <translation>Max-Pooling 2×2</translation>
    </message>
    <message>
        <source>What the network reads: 0 is black, 1 white ink.</source>
        <translation>Was das Netz liest: 0 ist schwarz, 1 weiße Tinte.</translation>
    </message>
    <message>
        <source>Negative values become 0: only the matches stay.</source>
        <translation>Negative Werte werden 0: Nur die Treffer bleiben.</translation>
    </message>
    <message>
        <source>The largest of each 2×2 square: half the size, small shifts matter less.</source>
        <translation>Der größte Wert jedes 2×2-Quadrats: halb so groß, kleine Verschiebungen zählen weniger.</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab: it appears here.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer: Sie erscheint dann hier.</translation>
    </message>
    <message>
        <source>Your own filter.</source>
        <translation>Dein eigener Filter.</translation>
    </message>
    <message>
        <source>Each value: {n} pixels × {n} weights, added up. Red above 0, blue below.</source>
        <translation>Jeder Wert: {n} Pixel × {n} Gewichte, aufaddiert. Rot über 0, blau darunter.</translation>
    </message>
    <message>
        <source>Negative values become 0: {share} of the map, only the matches stay.</source>
        <translation>Negative Werte werden 0: {share} der Karte, nur die Treffer bleiben.</translation>
    </message>
    <message>
        <source>Point at a value of the convolution to see the window it was computed from, or at a pooled value to see the 2×2 square it kept the largest of.</source>
        <translation>Zeige auf einen Wert der Faltung, um das Fenster zu sehen, aus dem er berechnet wurde, oder auf einen Wert nach dem Pooling, um das 2×2-Quadrat zu sehen, dessen größten Wert es behalten hat.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: the {k}×{k} pixels in the green window, each times the weight on top of it, add up to {value}; ReLU keeps {relu}.</source>
        <translation>Zeile {row}, Spalte {column}: Die {k}×{k} Pixel im grünen Fenster, jedes mal dem Gewicht darüber, ergeben zusammen {value}; ReLU behält {relu}.</translation>
    </message>
    <message>
        <source>Pooled row {row}, column {column}: of the four values in the green square of the ReLU map, the largest ({value}, amber) is kept; the other three are dropped.</source>
        <translation>Nach dem Pooling Zeile {row}, Spalte {column}: Von den vier Werten im grünen Quadrat der ReLU-Karte wird der größte ({value}, orange) behalten; die anderen drei fallen weg.</translation>
    </message>
</context>
<context>
    <name>lab.kernels.words</name>
    <message>
        <source>{changes} and {n} more changes</source>
        <translation>{changes} und {n} weitere Änderungen</translation>
    </message>
    <message>
        <source>Modified network: {changes}. The Draw and Inspect tabs use it too, until you undo or load another model.</source>
        <translation>Verändertes Netz: {changes}. Auch die Tabs „Zeichnen“ und „Untersuchen“ verwenden es, bis du es rückgängig machst oder ein anderes Modell lädst.</translation>
    </message>
    <message>
        <source>A change made here changes the network itself: the Draw and Inspect tabs use it too, until you undo it.</source>
        <translation>Eine Änderung hier verändert das Netz selbst: Auch die Tabs „Zeichnen“ und „Untersuchen“ verwenden es dann, bis du sie rückgängig machst.</translation>
    </message>
    <message>
        <source>{changes} (Lab › Kernel playground)</source>
        <translation>{changes} (Labor › Filter-Werkstatt)</translation>
    </message>
    <message>
        <source>Load or train a model first.</source>
        <translation>Lade oder trainiere zuerst ein Modell.</translation>
    </message>
    <message>
        <source>This network has no convolution layer (a plain dense network on the raw pixels): it has no filters to switch off. Load or train a CNN to try this.</source>
        <translation>Dieses Netz hat keine Faltungsschicht (ein einfaches Netz aus vollständig verbundenen Schichten auf den rohen Pixeln): Es hat keine Filter zum Abschalten. Lade oder trainiere ein CNN, um das auszuprobieren.</translation>
    </message>
    <message>
        <source>{layer} (? filters)</source>
        <translation>{layer} (? Filter)</translation>
    </message>
    <message>
        <source>{layer} (1 filter)</source>
        <translation>{layer} (1 Filter)</translation>
    </message>
    <message>
        <source>{layer} ({n} filters)</source>
        <translation>{layer} ({n} Filter)</translation>
    </message>
    <message>
        <source>Each tile: one filter's feature map on your digit, as the network now computes it (black: nothing found). Click a tile to choose that filter.</source>
        <translation>Jede Kachel: die Merkmalskarte eines Filters für deine Ziffer, so wie das Netz sie jetzt berechnet (schwarz: nichts gefunden). Klicke eine Kachel an, um diesen Filter zu wählen.</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see what each filter finds in it.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer, um zu sehen, was jeder Filter darin findet.</translation>
    </message>
    <message>
        <source>Computing the feature maps…</source>
        <translation>Die Merkmalskarten werden berechnet…</translation>
    </message>
    <message>
        <source>Its {rows}×{columns} weights (bias {bias}). Type new ones and press “Use these weights”.</source>
        <translation>Seine {rows}×{columns} Gewichte (Bias {bias}). Tippe neue ein und klicke auf „Diese Gewichte verwenden“.</translation>
    </message>
    <message>
        <source>This filter reads all {maps} maps of the layer before: {maps} slices of {rows}×{columns} weights (their average shown). Its weights can be switched off, not typed in.</source>
        <translation>Dieser Filter liest alle {maps} Karten der Schicht davor: {maps} Scheiben aus {rows}×{columns} Gewichten (gezeigt ist ihr Mittelwert). Seine Gewichte kann man abschalten, aber nicht eintippen.</translation>
    </message>
    <message>
        <source>The network as trained: nothing switched off yet.</source>
        <translation>Das Netz, wie es trainiert wurde: noch nichts abgeschaltet.</translation>
    </message>
    <message>
        <source>No change in accuracy: other filters find much the same thing, so the network hardly misses this one.</source>
        <translation>Keine Änderung der Genauigkeit: Andere Filter finden ziemlich dasselbe, deshalb fehlt dieser dem Netz kaum.</translation>
    </message>
    <message>
        <source>It now gets 1 more of the {digits} test digits wrong.</source>
        <translation>Jetzt liegt es bei 1 der {digits} Testziffern zusätzlich falsch.</translation>
    </message>
    <message>
        <source>It now gets {n} more of the {digits} test digits wrong.</source>
        <translation>Jetzt liegt es bei {n} der {digits} Testziffern zusätzlich falsch.</translation>
    </message>
    <message>
        <source>It now gets 1 more of the {digits} test digits right.</source>
        <translation>Jetzt liegt es bei 1 der {digits} Testziffern zusätzlich richtig.</translation>
    </message>
    <message>
        <source>It now gets {n} more of the {digits} test digits right.</source>
        <translation>Jetzt liegt es bei {n} der {digits} Testziffern zusätzlich richtig.</translation>
    </message>
</context>
<context>
    <name>lab.tab</name>
    <message>
        <source>Why this answer</source>
        <translation>Warum diese Antwort</translation>
    </message>
    <message>
        <source>Which pixels of your digit pushed the network to its answer</source>
        <translation>Welche Pixel deiner Ziffer das Netz zu seiner Antwort gebracht haben</translation>
    </message>
    <message>
        <source>Robustness lab</source>
        <translation>Robustheits-Labor</translation>
    </message>
    <message>
        <source>Shift, turn, squash and spoil your digit: does the CNN cope better than a plain network?</source>
        <translation>Verschiebe, drehe, stauche und verunstalte deine Ziffer: Kommt das CNN besser damit zurecht als ein einfaches Netz?</translation>
    </message>
    <message>
        <source>Kernel playground</source>
        <translation>Filter-Werkstatt</translation>
    </message>
    <message>
        <source>Slide your own filter over your digit; switch off a filter of the network</source>
        <translation>Schiebe deinen eigenen Filter über deine Ziffer; schalte einen Filter des Netzes ab</translation>
    </message>
    <message>
        <source>Nearest training digits</source>
        <translation>Ähnlichste Trainingsziffern</translation>
    </message>
    <message>
        <source>The training digits the network thinks yours looks like</source>
        <translation>Die Trainingsziffern, denen deine Ziffer laut dem Netz ähnelt</translation>
    </message>
    <message>
        <source>Your handwriting</source>
        <translation>Deine Handschrift</translation>
    </message>
    <message>
        <source>Collect samples of your own digits and fine-tune the network on them</source>
        <translation>Sammle Schriftproben deiner eigenen Ziffern und trainiere das Netz damit nach</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Experiments on your digit: saliency, robustness, kernels, your own handwriting</source>
        <translation>Experimente mit deiner Ziffer: Salienz, Robustheit, Filter, deine eigene Handschrift</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
</context>
</TS>