<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>lab.handwriting.collect_card</name>
    <message>
        <source>Collect your digits</source>
        <translation>Sammle deine Ziffern</translation>
    </message>
    <message>
        <source>Draw each digit the way you usually write it. A few of them are kept aside, never trained on, to test the result fairly.</source>
        <translation>Zeichne jede Ziffer so, wie du sie sonst auch schreibst. Ein paar davon werden zurückgehalten und nie zum Trainieren verwendet, damit das Ergebnis fair getestet werden kann.</translation>
    </message>
    <message>
        <source>Samples so far; click a digit to draw it next</source>
        <translation>Bisherige Schriftproben; klicke eine Ziffer an, um sie als Nächstes zu zeichnen</translation>
    </message>
    <message>
        <source>Write the way you normally do: the point is to teach the network your style. Digits it misreads are the most useful ones.</source>
        <translation>Schreib so, wie du es immer tust: Das Netz soll ja deinen Stil lernen. Ziffern, die es falsch liest, sind die nützlichsten.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Pick an empty folder for a new set of samples, or one that already holds yours</source>
        <translation>Wähle einen leeren Ordner für neue Schriftproben oder einen, in dem schon deine liegen</translation>
    </message>
    <message>
        <source>Samples folder:</source>
        <translation>Probenordner:</translation>
    </message>
    <message>
        <source>How many samples of each digit to ask for</source>
        <translation>Wie viele Schriftproben je Ziffer abgefragt werden</translation>
    </message>
    <message>
        <source>Samples of each digit</source>
        <translation>Schriftproben je Ziffer</translation>
    </message>
    <message>
        <source>Per digit</source>
        <translation>Je Ziffer</translation>
    </message>
    <message>
        <source>What will be saved: the {grid} input the network reads</source>
        <translation>Das wird gespeichert: die {grid}-Eingabe, die das Netz liest</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Save this drawing as a sample of the digit asked for (Enter)</source>
        <translation>Diese Zeichnung als Schriftprobe der gefragten Ziffer speichern (Enter)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Die Zeichenfläche leeren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Ask for another digit now and this one later</source>
        <translation>Jetzt nach einer anderen Ziffer fragen und nach dieser später</translation>
    </message>
    <message>
        <source>Will be saved as</source>
        <translation>Wird gespeichert als</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.digit_progress</name>
    <message>
        <source>Samples of each digit so far. Click a digit to draw that one next.</source>
        <translation>Bisherige Schriftproben je Ziffer. Klicke eine Ziffer an, um sie als Nächstes zu zeichnen.</translation>
    </message>
    <message>
        <source>Samples of each digit</source>
        <translation>Schriftproben je Ziffer</translation>
    </message>
    <message>
        <source>{numeral}: {n} of {wanted}</source>
        <translation>{numeral}: {n} von {wanted}</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.fine_tune_card</name>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Keras-Modelle (*.keras)</translation>
    </message>
    <message>
        <source>Fine-tune the network</source>
        <translation>Das Netz nachtrainieren</translation>
    </message>
    <message>
        <source>Trains a copy of the current network a little more, on your samples mixed with MNIST digits so it does not forget how other people write. Then compares before and after.</source>
        <translation>Trainiert eine Kopie des aktuellen Netzes noch ein wenig weiter, mit deinen Schriftproben gemischt mit MNIST-Ziffern, damit es nicht vergisst, wie andere Menschen schreiben. Danach wird vorher und nachher verglichen.</translation>
    </message>
    <message>
        <source>Passes over the mixed training digits; more takes longer</source>
        <translation>Durchgänge über die gemischten Trainingsziffern; mehr dauert länger</translation>
    </message>
    <message>
        <source>Fine-tuning epochs</source>
        <translation>Epochen beim Nachtrainieren</translation>
    </message>
    <message>
        <source>Fine-tune on my samples</source>
        <translation>Mit meinen Schriftproben nachtrainieren</translation>
    </message>
    <message>
        <source>Train a copy of the current network a little more, on your samples mixed with MNIST digits</source>
        <translation>Eine Kopie des aktuellen Netzes noch ein wenig weiter trainieren, mit deinen Schriftproben gemischt mit MNIST-Ziffern</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop fine-tuning; the model stays as it was</source>
        <translation>Nachtrainieren abbrechen; das Modell bleibt, wie es war</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Your held-out samples</source>
        <translation>Deine zurückgehaltenen Schriftproben</translation>
    </message>
    <message>
        <source>MNIST test digits</source>
        <translation>MNIST-Testziffern</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>Make the fine-tuned network the current one in every tab (it is saved in your samples folder)</source>
        <translation>Das nachtrainierte Netz in allen Tabs zum aktuellen machen (es wird im Ordner deiner Schriftproben gespeichert)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the fine-tuned network to a file of your choice</source>
        <translation>Das nachtrainierte Netz in eine Datei deiner Wahl speichern</translation>
    </message>
    <message>
        <source>Fine-tuning is already running.</source>
        <translation>Das Nachtrainieren läuft bereits.</translation>
    </message>
    <message>
        <source>Wait until the model has finished loading.</source>
        <translation>Warte, bis das Modell fertig geladen ist.</translation>
    </message>
    <message>
        <source>Open or train a model first: fine-tuning starts from the current one.</source>
        <translation>Öffne oder trainiere zuerst ein Modell: Nachtrainiert wird das aktuelle.</translation>
    </message>
    <message>
        <source>Choose a samples folder and draw some digits first.</source>
        <translation>Wähle zuerst einen Ordner für Schriftproben und zeichne ein paar Ziffern.</translation>
    </message>
    <message>
        <source>Copying {name}…</source>
        <translation>{name} wird kopiert…</translation>
    </message>
    <message>
        <source>Copying the model…</source>
        <translation>Das Modell wird kopiert…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Save the fine-tuned model as</source>
        <translation>Nachtrainiertes Modell speichern unter</translation>
    </message>
    <message>
        <source>Could not copy the model: {message}</source>
        <translation>Das Modell konnte nicht kopiert werden: {message}</translation>
    </message>
    <message>
        <source>Ready to fine-tune {name} on your samples.</source>
        <translation>Bereit, {name} mit deinen Schriftproben nachzutrainieren.</translation>
    </message>
    <message>
        <source>Ready to fine-tune the current model on your samples.</source>
        <translation>Bereit, das aktuelle Modell mit deinen Schriftproben nachzutrainieren.</translation>
    </message>
    <message>
        <source>Your held-out samples ({n})</source>
        <translation>Deine zurückgehaltenen Schriftproben ({n})</translation>
    </message>
    <message>
        <source>MNIST test digits (first {n})</source>
        <translation>MNIST-Testziffern (die ersten {n})</translation>
    </message>
    <message>
        <source>Done in {seconds} s. Your held-out samples: {old} before, {new} after.</source>
        <translation>Fertig nach {seconds} s. Deine zurückgehaltenen Schriftproben: vorher {old}, nachher {new}.</translation>
    </message>
    <message>
        <source>Now using the fine-tuned network ({filename}).</source>
        <translation>Jetzt wird das nachtrainierte Netz verwendet ({filename}).</translation>
    </message>
    <message>
        <source>Fine-tuning finished. {text}</source>
        <translation>Nachtrainieren beendet. {text}</translation>
    </message>
    <message>
        <source>Stopped: the current model is unchanged.</source>
        <translation>Abgebrochen: Das aktuelle Modell ist unverändert.</translation>
    </message>
    <message>
        <source>Saved the fine-tuned network as {path}.</source>
        <translation>Das nachtrainierte Netz wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Fine-tuning failed</source>
        <translation>Nachtrainieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save the fine-tuned network</source>
        <translation>Das nachtrainierte Netz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{right} von {n} richtig</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>{delta} points</source>
        <translation>{delta} Prozentpunkte</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.fine_tune_worker</name>
    <message>
        <source>Training: pass {current} of {total}, accuracy on this pass {pct} %</source>
        <translation>Training: Durchgang {current} von {total}, Genauigkeit in diesem Durchgang {pct} %</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>Der Trainingsprozess startet…</translation>
    </message>
    <message>
        <source>there is no fine-tuned model to save</source>
        <translation>es gibt kein nachtrainiertes Modell zum Speichern</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.gallery</name>
    <message>
        <source>{numeral} · test</source>
        <translation>{numeral} · Test</translation>
    </message>
    <message>
        <source>Sample {id}: {numeral}; kept aside to test, never trained on</source>
        <translation>Schriftprobe {id}: {numeral}; zum Testen zurückgehalten, nie damit trainiert</translation>
    </message>
    <message>
        <source>Sample {id}: {numeral}; trained on</source>
        <translation>Schriftprobe {id}: {numeral}; wird zum Trainieren verwendet</translation>
    </message>
    <message>
        <source>No samples folder open.</source>
        <translation>Kein Ordner mit Schriftproben geöffnet.</translation>
    </message>
    <message>
        <source>1 sample: {train} to train on, {held} kept aside to test.</source>
        <translation>1 Schriftprobe: {train} zum Trainieren, {held} zum Testen zurückgehalten.</translation>
    </message>
    <message>
        <source>{n} samples: {train} to train on, {held} kept aside to test.</source>
        <translation>{n} Schriftproben: {train} zum Trainieren, {held} zum Testen zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.gallery_card</name>
    <message>
        <source>Your samples</source>
        <translation>Deine Schriftproben</translation>
    </message>
    <message>
        <source>The digit the selected sample really shows</source>
        <translation>Die Ziffer, die die ausgewählte Schriftprobe wirklich zeigt</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Ziffer ändern</translation>
    </message>
    <message>
        <source>Give the selected sample the digit chosen on the left</source>
        <translation>Der ausgewählten Schriftprobe die links gewählte Ziffer geben</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected sample</source>
        <translation>Die ausgewählte Schriftprobe löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Bring back the sample just deleted</source>
        <translation>Die gerade gelöschte Schriftprobe zurückholen</translation>
    </message>
    <message>
        <source>Selected sample:</source>
        <translation>Ausgewählte Schriftprobe:</translation>
    </message>
    <message>
        <source>Each picture is the 28 × 28 input saved for a sample, with its digit; those marked “test” are kept aside. Select one to fix its label or delete it.</source>
        <translation>Jedes Bild ist die für eine Schriftprobe gespeicherte 28 × 28-Eingabe, mit ihrer Ziffer; die mit „Test“ markierten werden zurückgehalten. Wähle eine aus, um ihre Ziffer zu korrigieren oder sie zu löschen.</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.page</name>
    <message>
        <source>Folder for your samples</source>
        <translation>Ordner für deine Schriftproben</translation>
    </message>
    <message>
        <source>Every digit has its samples; click a digit to add more.</source>
        <translation>Jede Ziffer hat ihre Schriftproben; klicke eine Ziffer an, um weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>No model to read it yet.</source>
        <translation>Noch kein Modell, das sie lesen könnte.</translation>
    </message>
    <message>
        <source>Could not open the samples folder</source>
        <translation>Der Ordner der Schriftproben konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.words</name>
    <message>
        <source>Draw {numeral}</source>
        <translation>Zeichne {numeral}</translation>
    </message>
    <message>
        <source>sample {n} of {wanted}; Accept saves it, Skip asks for another digit</source>
        <translation>Schriftprobe {n} von {wanted}; „Übernehmen“ speichert sie, „Überspringen“ fragt nach einer anderen Ziffer</translation>
    </message>
    <message>
        <source>extra sample {n}; Accept saves it, Skip asks for another digit</source>
        <translation>zusätzliche Schriftprobe {n}; „Übernehmen“ speichert sie, „Überspringen“ fragt nach einer anderen Ziffer</translation>
    </message>
    <message>
        <source>1 sample of every digit. Fine-tune on the right, or click a digit below to add more.</source>
        <translation>1 Schriftprobe von jeder Ziffer. Trainiere rechts nach oder klicke unten eine Ziffer an, um weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>{n} samples of every digit. Fine-tune on the right, or click a digit below to add more.</source>
        <translation>{n} Schriftproben von jeder Ziffer. Trainiere rechts nach oder klicke unten eine Ziffer an, um weitere hinzuzufügen.</translation>
    </message>
    <message>
        <source>All done!</source>
        <translation>Alles fertig!</translation>
    </message>
    <message>
        <source>Saved {numeral} as sample {id} in {foldername}.</source>
        <translation>Gespeichert: {numeral} als Schriftprobe {id} in {foldername}.</translation>
    </message>
    <message>
        <source>Deleted a sample of {numeral}; Undo delete brings it back.</source>
        <translation>Eine Schriftprobe für {numeral} gelöscht; „Löschen rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete this sample of {numeral}? Its picture is removed from the folder (Undo delete brings it back while the app is open).</source>
        <translation>Diese Schriftprobe für {numeral} löschen? Ihr Bild wird aus dem Ordner entfernt („Löschen rückgängig“ holt sie zurück, solange die App geöffnet ist).</translation>
    </message>
    <message>
        <source>opening {foldername}…</source>
        <translation>{foldername} wird geöffnet…</translation>
    </message>
    <message>
        <source>Draw {numeral} first: the canvas is empty.</source>
        <translation>Zeichne zuerst {numeral}: Die Zeichenfläche ist leer.</translation>
    </message>
    <message>
        <source>Choose a folder for your samples: your {numeral} is saved there as soon as it is open.</source>
        <translation>Wähle einen Ordner für deine Schriftproben: Deine {numeral} wird dort gespeichert, sobald er geöffnet ist.</translation>
    </message>
    <message>
        <source>The network reads it as {numeral} ({pct}).</source>
        <translation>Das Netz liest sie als {numeral} ({pct}).</translation>
    </message>
    <message>
        <source>Delete this sample?</source>
        <translation>Diese Schriftprobe löschen?</translation>
    </message>
    <message>
        <source>Could not add the sample</source>
        <translation>Die Schriftprobe konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not relabel the sample</source>
        <translation>Die Ziffer der Schriftprobe konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not delete the sample</source>
        <translation>Die Schriftprobe konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not restore the sample</source>
        <translation>Die Schriftprobe konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Could not change the sample</source>
        <translation>Die Schriftprobe konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>could not open it: choose another folder</source>
        <translation>konnte nicht geöffnet werden: Wähle einen anderen Ordner</translation>
    </message>
    <message>
        <source>none yet: choose one to keep your samples</source>
        <translation>noch keiner: Wähle einen aus</translation>
    </message>
    <message>
        <source>Not saved yet: choose another folder, then Accept again.</source>
        <translation>Noch nicht gespeichert: Wähle einen anderen Ordner und klicke dann noch einmal auf „Übernehmen“.</translation>
    </message>
    <message>
        <source>Not saved: choose a folder for your samples, then Accept again.</source>
        <translation>Nicht gespeichert: Wähle einen Ordner für deine Schriftproben und klicke dann noch einmal auf „Übernehmen“.</translation>
    </message>
    <message>
        <source>Samples folder: {warning}</source>
        <translation>Ordner der Schriftproben: {warning}</translation>
    </message>
</context>
<context>
    <name>lab.kernels.jobs</name>
    <message>
        <source>the network changed in the meantime: nothing was changed</source>
        <translation>das Netz hat sich inzwischen geändert: Es wurde nichts verändert</translation>
    </message>
    <message>
        <source>filter {index} of {layername} given new weights</source>
        <translation>Filter {index} von {layername} mit neuen Gewichten</translation>
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
        <source>Which convolution layer&apos;s filters to choose from</source>
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
        <translation>Gewichte setzen</translation>
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
        <source>This filter&apos;s map
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
        <source>Filter {index} of {layername}</source>
        <translation>Filter {index} von {layername}</translation>
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
        <translation>oder tippe: 1 0 -1; 2 0 -2; 1 0 -1</translation>
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
        <source>Row {row}, column {column}: the {k}×{k} pixels in the green window, each times the weight on top of it, add up to {total}; ReLU keeps {relu}.</source>
        <translation>Zeile {row}, Spalte {column}: Die {k}×{k} Pixel im grünen Fenster, jedes mit dem Gewicht darüber multipliziert, ergeben zusammen {total}; ReLU behält {relu}.</translation>
    </message>
    <message>
        <source>Pooled row {row}, column {column}: of the four values in the green square of the ReLU map, the largest ({largest}, amber) is kept; the other three are dropped.</source>
        <translation>Nach dem Pooling Zeile {row}, Spalte {column}: Von den vier Werten im grünen Quadrat der ReLU-Karte wird der größte ({largest}, orange) behalten; die anderen drei fallen weg.</translation>
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
        <source>{layername} (? filters)</source>
        <translation>{layername} (? Filter)</translation>
    </message>
    <message>
        <source>{layername} (1 filter)</source>
        <translation>{layername} (1 Filter)</translation>
    </message>
    <message>
        <source>{layername} ({n} filters)</source>
        <translation>{layername} ({n} Filter)</translation>
    </message>
    <message>
        <source>Each tile: one filter&apos;s feature map on your digit, as the network now computes it (black: nothing found). Click a tile to choose that filter.</source>
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
        <translation>Seine {rows}×{columns} Gewichte (Bias {bias}). Tippe neue ein und klicke auf „Gewichte setzen“.</translation>
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
        <source>It now gets 1 more of the {total} test digits wrong.</source>
        <translation>Jetzt irrt sich das Netz bei einer weiteren der {total} Testziffern.</translation>
    </message>
    <message>
        <source>It now gets {n} more of the {total} test digits wrong.</source>
        <translation>Jetzt irrt sich das Netz bei {n} weiteren der {total} Testziffern.</translation>
    </message>
    <message>
        <source>It now gets 1 more of the {total} test digits right.</source>
        <translation>Jetzt erkennt das Netz eine weitere der {total} Testziffern richtig.</translation>
    </message>
    <message>
        <source>It now gets {n} more of the {total} test digits right.</source>
        <translation>Jetzt erkennt das Netz {n} weitere der {total} Testziffern richtig.</translation>
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
