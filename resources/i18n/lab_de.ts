<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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