<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>lab.neighbours.neighbours_card</name>
    <message>
        <source>Nearest training digits</source>
        <translation>Ähnlichste Trainingsziffern</translation>
    </message>
    <message>
        <source>The network sums up every digit as a list of numbers: the output of its last hidden layer, the features it found. Digits with similar lists are alike to the network, whatever their exact pixels. These are the training digits whose lists are closest to your digit's. Click one to load it into the Draw tab.</source>
        <translation>Das Netz fasst jede Ziffer als Liste von Zahlen zusammen: die Ausgabe seiner letzten verborgenen Schicht, also die Merkmale, die es gefunden hat. Ziffern mit ähnlichen Listen sind für das Netz ähnlich, egal wie ihre Pixel genau aussehen. Hier siehst du die Trainingsziffern, deren Listen der Liste deiner Ziffer am nächsten kommen. Klicke eine an, um sie in den Tab „Zeichnen“ zu laden.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop indexing the training digits</source>
        <translation>Das Indizieren der Trainingsziffern anhalten</translation>
    </message>
    <message>
        <source>Index the training digits</source>
        <translation>Trainingsziffern indizieren</translation>
    </message>
    <message>
        <source>Run every training digit of the sample through the network</source>
        <translation>Jede Trainingsziffer der Stichprobe durch das Netz schicken</translation>
    </message>
    <message>
        <source>Closest to the network</source>
        <translation>Am ähnlichsten für das Netz</translation>
    </message>
    <message>
        <source>Under each digit: its label and its similarity to yours (1.00 = the same to the network, 0 = nothing in common).</source>
        <translation>Unter jeder Ziffer: ihr Label und ihre Ähnlichkeit zu deiner (1,00 = für das Netz gleich, 0 = nichts gemeinsam).</translation>
    </message>
    <message>
        <source>Compare with the nearest digits by raw pixels</source>
        <translation>Mit den ähnlichsten Ziffern nach reinen Pixeln vergleichen</translation>
    </message>
    <message>
        <source>Also find the training digits whose pixels are most like yours, with no network</source>
        <translation>Auch die Trainingsziffern suchen, deren Pixel deinen am ähnlichsten sind, ganz ohne Netz</translation>
    </message>
    <message>
        <source>Closest by raw pixels</source>
        <translation>Am ähnlichsten nach reinen Pixeln</translation>
    </message>
    <message>
        <source>Raw pixels only count ink on the same spots. Move your digit a few pixels (the Inspect tab's shift demo can load a moved copy): this row changes a lot, the network's hardly.</source>
        <translation>Reine Pixel zählen nur Tinte an denselben Stellen. Verschiebe deine Ziffer um ein paar Pixel (die Verschiebe-Demo im Tab „Untersuchen“ kann eine verschobene Kopie laden): Diese Reihe ändert sich stark, die des Netzes kaum.</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Deine Ziffer</translation>
    </message>
</context>
<context>
    <name>lab.neighbours.page</name>
    <message>
        <source>Indexing training digits: {done} of {total}</source>
        <translation>Trainingsziffern werden indiziert: {done} von {total}</translation>
    </message>
    <message>
        <source>Nearest training digits failed</source>
        <translation>Ähnlichste Trainingsziffern: Fehler</translation>
    </message>
    <message>
        <source>training digit #{number} (a {num})</source>
        <translation>Trainingsziffer Nr. {number} (eine {num})</translation>
    </message>
    <message>
        <source>Training digit #{number}, a {num}, is in the Draw tab now.</source>
        <translation>Trainingsziffer Nr. {number}, eine {num}, ist jetzt im Tab „Zeichnen“.</translation>
    </message>
    <message>
        <source>Load or train a model first.</source>
        <translation>Lade oder trainiere zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Copying the network…</source>
        <translation>Netz wird kopiert …</translation>
    </message>
    <message>
        <source>Indexing training digits…</source>
        <translation>Trainingsziffern werden indiziert …</translation>
    </message>
    <message>
        <source>Stopped before every training digit was indexed.</source>
        <translation>Angehalten, bevor alle Trainingsziffern indiziert waren.</translation>
    </message>
    <message>
        <source>The network's weights changed (training): index again to compare with them.</source>
        <translation>Die Gewichte des Netzes haben sich geändert (Training): Indiziere neu, um mit ihnen zu vergleichen.</translation>
    </message>
    <message>
        <source>Indexing failed.</source>
        <translation>Das Indizieren ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{n} training digits indexed in {seconds} s.</source>
        <translation>{n} Trainingsziffern in {seconds} s indiziert.</translation>
    </message>
    <message>
        <source>Each digit is described by the {size} numbers of layer {lname} (what the last layer reads), scaled to length 1; similarity is the cosine between two such lists. The {n} digits are a fixed random sample of the {all} training digits.</source>
        <translation>Jede Ziffer wird durch die {size} Zahlen der Schicht {lname} beschrieben (das, was die letzte Schicht liest), auf die Länge 1 skaliert; die Ähnlichkeit ist der Kosinus zwischen zwei solchen Listen. Die {n} Ziffern sind eine feste Zufallsstichprobe aus den {all} Trainingsziffern.</translation>
    </message>
    <message>
        <source>It resembles these training {num}s most: all {k} nearest are {num}s.</source>
        <translation>Deine Ziffer ähnelt am meisten diesen {num}ern aus dem Training: Alle {k} nächsten sind {num}er.</translation>
    </message>
    <message>
        <source>It resembles training {num}s most ({count} of the {k} nearest), with a few {rest}.</source>
        <translation>Deine Ziffer ähnelt am meisten {num}ern aus dem Training ({count} der {k} nächsten), dazu ein paar {rest}.</translation>
    </message>
    <message>
        <source>It lies between digits: its {k} nearest include {nums}.</source>
        <translation>Deine Ziffer liegt zwischen mehreren Ziffern: Unter ihren {k} nächsten sind {nums}.</translation>
    </message>
    <message>
        <source>The network answers {reply}: a borderline digit.</source>
        <translation>Das Netz antwortet {reply}: ein Grenzfall.</translation>
    </message>
    <message>
        <source>{num}s</source>
        <translation>{num}er</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to meet its nearest training digits.</source>
        <translation>Zeichne im Tab „Zeichnen“ eine Ziffer, um ihre ähnlichsten Trainingsziffern zu sehen.</translation>
    </message>
</context>
<context>
    <name>lab.neighbours.tiles</name>
    <message>
        <source>Training digit</source>
        <translation>Trainingsziffer</translation>
    </message>
    <message>
        <source>A training {num}, similarity {similarity}</source>
        <translation>Eine {num} aus dem Training, Ähnlichkeit {similarity}</translation>
    </message>
    <message>
        <source>A training {num}, similarity {similarity} (1 = the same to the network). Click to load it into the Draw tab.</source>
        <translation>Eine {num} aus dem Training, Ähnlichkeit {similarity} (1 = für das Netz gleich). Klicke, um sie in den Tab „Zeichnen“ zu laden.</translation>
    </message>
</context>
<context>
    <name>lab.robustness.answer_column</name>
    <message>
        <source>&lt;b style='color:{colour}'&gt;still {num}&lt;/b&gt; ({pct})</source>
        <translation>&lt;b style='color:{colour}'&gt;immer noch {num}&lt;/b&gt; ({pct})</translation>
    </message>
    <message>
        <source>&lt;b style='color:{colour}'&gt;now {num}&lt;/b&gt; ({pct}) · was {prev}</source>
        <translation>&lt;b style='color:{colour}'&gt;jetzt {num}&lt;/b&gt; ({pct}) · vorher {prev}</translation>
    </message>
</context>
<context>
    <name>lab.robustness.answers_card</name>
    <message>
        <source>Two networks, one spoiled digit</source>
        <translation>Zwei Netze, eine verdorbene Ziffer</translation>
    </message>
    <message>
        <source>Green: the answer survived the change. Orange: the network changed its mind.</source>
        <translation>Grün: Die Antwort hat die Änderung überstanden. Orange: Das Netz hat seine Meinung geändert.</translation>
    </message>
    <message>
        <source>The spoiled digit, {grid} pixels: what both networks are given</source>
        <translation>Die verdorbene Ziffer, {grid} Pixel: das, was beide Netze bekommen</translation>
    </message>
    <message>
        <source>What they see</source>
        <translation>Was sie sehen</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit …</translation>
    </message>
    <message>
        <source>Choose another model file (.keras) to compare with</source>
        <translation>Eine andere Modelldatei (.keras) zum Vergleichen wählen</translation>
    </message>
    <message>
        <source>Go to Draw</source>
        <translation>Zu „Zeichnen“</translation>
    </message>
    <message>
        <source>Draw or open a digit on the Draw tab</source>
        <translation>Zeichne oder öffne eine Ziffer im Tab „Zeichnen“</translation>
    </message>
</context>
<context>
    <name>lab.robustness.curves_card</name>
    <message>
        <source>&lt;b&gt;Why the CNN copes better with moves.&lt;/b&gt; A convolution filter is one small detector slid over every position of the picture, so a stroke moved two pixels still lights up the same filter, just two places further along. Max pooling then keeps only the strongest response in each small window, so a small move often changes nothing at all once pooled. A plain dense network has neither: each of its weights belongs to one fixed pixel, so a digit moved a few pixels lands on weights that never saw ink there in training. Large turns defeat both, because the strokes themselves point elsewhere: networks learn to tolerate those only from turned training digits (the &lt;i&gt;best&lt;/i&gt; preset's augmentation).</source>
        <translation>&lt;b&gt;Warum das CNN Verschiebungen besser verkraftet.&lt;/b&gt; Ein Faltungsfilter ist ein kleiner Detektor, der über jede Stelle des Bildes geschoben wird. Ein um zwei Pixel verschobener Strich aktiviert also immer noch denselben Filter, nur zwei Stellen weiter. Max-Pooling behält dann in jedem kleinen Fenster nur die stärkste Antwort, sodass eine kleine Verschiebung nach dem Pooling oft gar nichts ändert. Ein einfaches Netz aus vollständig verbundenen Schichten hat beides nicht: Jedes seiner Gewichte gehört zu genau einem festen Pixel, also landet eine um ein paar Pixel verschobene Ziffer auf Gewichten, die dort im Training nie Tinte gesehen haben. Starke Drehungen überfordern beide, weil die Striche selbst in eine andere Richtung zeigen: Das verkraften Netze nur, wenn sie mit gedrehten Trainingsziffern gelernt haben (die Datenaugmentierung der Vorlage &lt;i&gt;best&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Robustness curves</source>
        <translation>Robustheitskurven</translation>
    </message>
    <message>
        <source>A sample of MNIST test digits, moved further and further (each in its own random direction) and turned further and further: how many does each network still read correctly?</source>
        <translation>Eine Stichprobe von MNIST-Testziffern, immer weiter verschoben (jede in ihre eigene zufällige Richtung) und immer weiter gedreht: Wie viele erkennt jedes Netz noch richtig?</translation>
    </message>
    <message>
        <source>Measure robustness curves</source>
        <translation>Robustheitskurven messen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{n} test digits</source>
        <translation>{n} Testziffern</translation>
    </message>
    <message>
        <source>More digits: smoother curves, a longer wait</source>
        <translation>Mehr Ziffern: glattere Kurven, längere Wartezeit</translation>
    </message>
</context>
<context>
    <name>lab.robustness.page</name>
    <message>
        <source>Draw a digit on the Draw tab first.</source>
        <translation>Zeichne zuerst eine Ziffer im Tab „Zeichnen“.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
    <message>
        <source>This model: {name}</source>
        <translation>Dieses Modell: {name}</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message>
        <source>The model open in the app (Model ▸ Open Model… changes it)</source>
        <translation>Das in der App geöffnete Modell (Modell ▸ Modell öffnen … wechselt es)</translation>
    </message>
    <message>
        <source>Compared with: {name}</source>
        <translation>Verglichen mit: {name}</translation>
    </message>
    <message>
        <source>Your digit, {changes} (Robustness lab)</source>
        <translation>Deine Ziffer, {changes} (Robustheitslabor)</translation>
    </message>
    <message>
        <source>The spoiled digit is now on the Draw tab's canvas</source>
        <translation>Die verdorbene Ziffer ist jetzt auf der Zeichenfläche im Tab „Zeichnen“</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
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
        <source>Loading the comparison model…</source>
        <translation>Vergleichsmodell wird geladen …</translation>
    </message>
    <message>
        <source>Load a model first: there is nothing to measure.</source>
        <translation>Lade zuerst ein Modell: Es gibt nichts zu messen.</translation>
    </message>
    <message>
        <source>Copying the current model…</source>
        <translation>Aktuelles Modell wird kopiert …</translation>
    </message>
    <message>
        <source>this model ({name})</source>
        <translation>dieses Modell ({name})</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>compared with ({name})</source>
        <translation>verglichen mit ({name})</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Loading the test digits and both models…</source>
        <translation>Testziffern und beide Modelle werden geladen …</translation>
    </message>
    <message>
        <source>Robustness curves failed</source>
        <translation>Robustheitskurven fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Measured on {n} test digits. Moved 3 px: this model reads {current} %, the comparison {comparison} %.</source>
        <translation>Gemessen an {n} Testziffern. Um 3 px verschoben: Dieses Modell erkennt {current} %, das Vergleichsmodell {comparison} %.</translation>
    </message>
    <message>
        <source>Measured on {n} test digits.</source>
        <translation>Gemessen an {n} Testziffern.</translation>
    </message>
    <message>
        <source>Measuring… step {done} of {total}</source>
        <translation>Messung läuft … Schritt {done} von {total}</translation>
    </message>
    <message>
        <source>Could not load that model.</source>
        <translation>Dieses Modell ließ sich nicht laden.</translation>
    </message>
    <message>
        <source>Cannot compare with that model</source>
        <translation>Vergleich mit diesem Modell nicht möglich</translation>
    </message>
    <message>
        <source>The Robustness lab failed</source>
        <translation>Fehler im Robustheitslabor</translation>
    </message>
</context>
<context>
    <name>lab.robustness.plot</name>
    <message>
        <source>Moved further: accuracy</source>
        <translation>Weiter verschoben: Genauigkeit</translation>
    </message>
    <message>
        <source>shift (pixels, random direction)</source>
        <translation>Verschiebung (Pixel, zufällige Richtung)</translation>
    </message>
    <message>
        <source>Turned further: accuracy</source>
        <translation>Weiter gedreht: Genauigkeit</translation>
    </message>
    <message>
        <source>rotation (degrees, + anticlockwise)</source>
        <translation>Drehung (Grad, + gegen den Uhrzeigersinn)</translation>
    </message>
    <message>
        <source>guessing</source>
        <translation>Raten</translation>
    </message>
</context>
<context>
    <name>lab.robustness.spoil_card</name>
    <message>
        <source>Move right</source>
        <translation>Nach rechts</translation>
    </message>
    <message>
        <source>Move the digit left (−) or right (+), in pixels</source>
        <translation>Die Ziffer nach links (−) oder rechts (+) verschieben, in Pixeln</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the digit up (−) or down (+), in pixels</source>
        <translation>Die Ziffer nach oben (−) oder unten (+) verschieben, in Pixeln</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>Turn the digit about its centre of mass</source>
        <translation>Die Ziffer um ihren Schwerpunkt drehen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Shrink or enlarge the digit about its centre</source>
        <translation>Die Ziffer um ihre Mitte verkleinern oder vergrößern</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Strich</translation>
    </message>
    <message>
        <source>Thinner (−) or thicker (+) strokes, in pixels on each side</source>
        <translation>Dünnere (−) oder dickere (+) Striche, in Pixeln je Seite</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Random speckles over the whole picture</source>
        <translation>Zufällige Sprenkel über das ganze Bild</translation>
    </message>
    <message>
        <source>Spoil your digit</source>
        <translation>Verdirb deine Ziffer</translation>
    </message>
    <message>
        <source>Change the digit the network saw and watch both networks answer as you drag.</source>
        <translation>Verändere die Ziffer, die das Netz gesehen hat, und sieh beim Ziehen zu, wie beide Netze antworten.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Put every slider back: the digit as the network saw it</source>
        <translation>Alle Regler zurückstellen: die Ziffer so, wie das Netz sie gesehen hat</translation>
    </message>
    <message>
        <source>Send to Draw</source>
        <translation>An „Zeichnen“ senden</translation>
    </message>
    <message>
        <source>Put the spoiled digit on the Draw tab's canvas. The Draw tab crops and centres every picture again, so a move disappears there; turns, sizes and strokes stay.</source>
        <translation>Die verdorbene Ziffer auf die Zeichenfläche im Tab „Zeichnen“ legen. Dort wird jedes Bild neu zugeschnitten und zentriert, eine Verschiebung verschwindet also; Drehung, Größe und Striche bleiben.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save an animation for slides: one slider dragged from end to end, from where the others are now, with both networks' answers</source>
        <translation>Eine Animation für Folien speichern: ein Regler von einem Ende zum anderen gezogen, die übrigen so, wie sie jetzt stehen, mit den Antworten beider Netze</translation>
    </message>
    <message>
        <source>Try moving it 3 px to one side: the CNN usually keeps its answer, the plain network often does not. Then turn it 30°: both start to struggle.</source>
        <translation>Verschiebe sie einmal um 3 px zur Seite: Das CNN bleibt meist bei seiner Antwort, das einfache Netz oft nicht. Dann drehe sie um 30°: Jetzt tun sich beide schwer.</translation>
    </message>
</context>
<context>
    <name>lab.robustness.words</name>
    <message>
        <source>{angle}° anticlockwise</source>
        <translation>{angle}° nach links</translation>
    </message>
    <message>
        <source>{angle}° clockwise</source>
        <translation>{angle}° nach rechts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>moved {x} px right and {y} px down</source>
        <translation>um {x} px nach rechts und {y} px nach unten verschoben</translation>
    </message>
    <message>
        <source>moved {x} px right and {y} px up</source>
        <translation>um {x} px nach rechts und {y} px nach oben verschoben</translation>
    </message>
    <message>
        <source>moved {x} px left and {y} px down</source>
        <translation>um {x} px nach links und {y} px nach unten verschoben</translation>
    </message>
    <message>
        <source>moved {x} px left and {y} px up</source>
        <translation>um {x} px nach links und {y} px nach oben verschoben</translation>
    </message>
    <message>
        <source>moved {x} px right</source>
        <translation>um {x} px nach rechts verschoben</translation>
    </message>
    <message>
        <source>moved {x} px left</source>
        <translation>um {x} px nach links verschoben</translation>
    </message>
    <message>
        <source>moved {y} px down</source>
        <translation>um {y} px nach unten verschoben</translation>
    </message>
    <message>
        <source>moved {y} px up</source>
        <translation>um {y} px nach oben verschoben</translation>
    </message>
    <message>
        <source>turned {angle}° anticlockwise</source>
        <translation>um {angle}° gegen den Uhrzeigersinn gedreht</translation>
    </message>
    <message>
        <source>turned {angle}° clockwise</source>
        <translation>um {angle}° im Uhrzeigersinn gedreht</translation>
    </message>
    <message>
        <source>resized to {pct} %</source>
        <translation>auf {pct} % skaliert</translation>
    </message>
    <message>
        <source>thicker</source>
        <translation>dicker</translation>
    </message>
    <message>
        <source>thinner</source>
        <translation>dünner</translation>
    </message>
    <message>
        <source>noise {amount}</source>
        <translation>Rauschen {amount}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>lab.why.ask_card</name>
    <message>
        <source>Where the last convolution layer found evidence (blurry, steady)</source>
        <translation>Wo die letzte Faltungsschicht Hinweise gefunden hat (unscharf, stabil)</translation>
    </message>
    <message>
        <source>Which pixels the score is most sensitive to (sharp, speckled)</source>
        <translation>Auf welche Pixel der Score am empfindlichsten reagiert (scharf, fleckig)</translation>
    </message>
    <message>
        <source>Hide each part of the digit and see the answer change (slowest)</source>
        <translation>Jeden Teil der Ziffer verdecken und sehen, wie sich die Antwort ändert (am langsamsten)</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer, and this model has none</source>
        <translation>Grad-CAM braucht eine Faltungsschicht, und dieses Modell hat keine</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Warum diese Antwort</translation>
    </message>
    <message>
        <source>Colour marks the parts of your digit that pushed the network towards a digit. Choose a way of asking, and which digit to ask about: its answer, or another one (what here looks like a 7?).</source>
        <translation>Die Farbe markiert die Teile deiner Ziffer, die das Netz zu einer Ziffer hingezogen haben. Wähle, wie du fragst und nach welcher Ziffer: nach seiner Antwort oder nach einer anderen (was sieht hier wie eine 7 aus?).</translation>
    </message>
    <message>
        <source>Smooth it</source>
        <translation>Glätten</translation>
    </message>
    <message>
        <source>Average the gradient over {n} copies of your digit with a little noise added (SmoothGrad): less speckle</source>
        <translation>Den Gradienten über {n} Kopien deiner Ziffer mit etwas zusätzlichem Rauschen mitteln (SmoothGrad): weniger Flecken</translation>
    </message>
    <message>
        <source>Way of asking</source>
        <translation>Fragemethode</translation>
    </message>
    <message>
        <source>Explain what in your digit looks like {num}</source>
        <translation>Erklären, was in deiner Ziffer wie {num} aussieht</translation>
    </message>
    <message>
        <source>Back to the answer</source>
        <translation>Zurück zur Antwort</translation>
    </message>
    <message>
        <source>Explain the network's own answer again, whatever it is</source>
        <translation>Wieder die eigene Antwort des Netzes erklären, welche es auch ist</translation>
    </message>
    <message>
        <source>Explain digit</source>
        <translation>Ziffer erklären</translation>
    </message>
</context>
<context>
    <name>lab.why.map_card</name>
    <message>
        <source>how much it raised the score of {cls}</source>
        <translation>wie stark es den Score für {cls} erhöht hat</translation>
    </message>
    <message>
        <source>how much the score of {cls} reacts</source>
        <translation>wie stark der Score für {cls} reagiert</translation>
    </message>
    <message>
        <source>% points {cls} loses when hidden</source>
        <translation>Prozentpunkte, die {cls} beim Verdecken verliert</translation>
    </message>
    <message>
        <source>Your digit as the network sees it ({grid}), map on top</source>
        <translation>Deine Ziffer, wie das Netz sie sieht ({grid}), mit der Karte darüber</translation>
    </message>
    <message>
        <source>The map alone, in the colours of the scale below</source>
        <translation>Die Karte allein, in den Farben der Skala darunter</translation>
    </message>
    <message>
        <source>Your digit ({grid}) with the map on top</source>
        <translation>Deine Ziffer ({grid}) mit der Karte darüber</translation>
    </message>
    <message>
        <source>The map alone</source>
        <translation>Die Karte allein</translation>
    </message>
</context>
<context>
    <name>lab.why.page</name>
    <message>
        <source>No map: {message}</source>
        <translation>Keine Karte: {message}</translation>
    </message>
    <message>
        <source>Why this answer: {message}</source>
        <translation>Warum diese Antwort: {message}</translation>
    </message>
    <message>
        <source>The network's answer: {reply}</source>
        <translation>Antwort des Netzes: {reply}</translation>
    </message>
    <message>
        <source>No map for this digit</source>
        <translation>Keine Karte für diese Ziffer</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>Open a model (Model menu) or train one in the Train tab.</source>
        <translation>Öffne ein Modell (Menü „Modell“) oder trainiere eins im Tab „Trainieren“.</translation>
    </message>
    <message>
        <source>Nothing to explain yet</source>
        <translation>Noch nichts zu erklären</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab (or load one); its map appears here.</source>
        <translation>Zeichne eine Ziffer im Tab „Zeichnen“ (oder lade eine); ihre Karte erscheint hier.</translation>
    </message>
    <message>
        <source>Working out the map…</source>
        <translation>Karte wird berechnet …</translation>
    </message>
    <message>
        <source>The network answers {num}, {pct} sure.</source>
        <translation>Das Netz antwortet {num}, zu {pct} sicher.</translation>
    </message>
    <message>
        <source>The network answers {reply}; it gives {num} {pct}.</source>
        <translation>Das Netz antwortet {reply}; der {num} gibt es {pct}.</translation>
    </message>
    <message>
        <source>Nothing in the last convolution layer raised this score, so the map is dark: try occlusion.</source>
        <translation>Nichts in der letzten Faltungsschicht hat diesen Score erhöht, deshalb ist die Karte dunkel: Probiere die Verdeckung.</translation>
    </message>
    <message>
        <source>the digit</source>
        <translation>die Ziffer</translation>
    </message>
    <message>
        <source>Careful: {caveat}</source>
        <translation>Vorsicht: {caveat}</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer and this model has none: showing the gradient instead.</source>
        <translation>Grad-CAM braucht eine Faltungsschicht, und dieses Modell hat keine: Stattdessen wird der Gradient gezeigt.</translation>
    </message>
</context>
<context>
    <name>lab.why.reading_card</name>
    <message>
        <source>Bright places are where the network's last convolution layer found the shapes that raised the score of {cls}. It looks through that layer's own coarse grid, so the picture is blurry: it tells you roughly where, not which stroke.</source>
        <translation>Helle Stellen sind dort, wo die letzte Faltungsschicht des Netzes die Formen gefunden hat, die den Score für {cls} erhöht haben. Sie blickt durch das eigene grobe Raster dieser Schicht, deshalb ist das Bild unscharf: Es zeigt dir ungefähr, wo, aber nicht, welcher Strich.</translation>
    </message>
    <message>
        <source>It shows only what pushed the score up. When nothing in that layer did (often for a digit the network does not see), the map stays dark.</source>
        <translation>Es zeigt nur, was den Score nach oben getrieben hat. Wenn in dieser Schicht nichts dazu beigetragen hat (oft bei einer Ziffer, die das Netz nicht erkennt), bleibt die Karte dunkel.</translation>
    </message>
    <message>
        <source>Bright pixels are the ones where a tiny change of brightness would change the score of {cls} the most. It is sharp, pixel by pixel.</source>
        <translation>Helle Pixel sind die, bei denen eine winzige Änderung der Helligkeit den Score für {cls} am stärksten verändern würde. Die Karte ist scharf, Pixel für Pixel.</translation>
    </message>
    <message>
        <source>It measures sensitivity, not importance: it is speckled and can light up empty paper next to a stroke. Smoothing averages it over noisy copies of your digit.</source>
        <translation>Sie misst Empfindlichkeit, nicht Wichtigkeit: Sie ist fleckig und kann leeres Papier neben einem Strich aufleuchten lassen. Das Glätten mittelt sie über verrauschte Kopien deiner Ziffer.</translation>
    </message>
    <message>
        <source>Each part of your digit was hidden under a small black square, one at a time, and the network asked again. Red: hiding it lowers the probability of {cls}, so it was evidence for it. Blue: hiding it raises it.</source>
        <translation>Jeder Teil deiner Ziffer wurde nacheinander unter einem kleinen schwarzen Quadrat versteckt und das Netz jedes Mal neu gefragt. Rot: Das Verdecken senkt die Wahrscheinlichkeit für {cls}, die Stelle sprach also dafür. Blau: Das Verdecken erhöht sie.</translation>
    </message>
    <message>
        <source>When the network is very sure, hiding one small square barely moves it, and the colours show tiny changes (read the scale). Squares, not strokes: it is coarse.</source>
        <translation>Wenn das Netz sehr sicher ist, bewegt ein einzelnes verdecktes Quadrat kaum etwas, und die Farben zeigen winzige Änderungen (lies die Skala). Quadrate, keine Striche: Die Karte ist grob.</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>So liest du die Karte</translation>
    </message>
</context>
</TS>