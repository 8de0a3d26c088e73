import QtQuick
import Chorus

// The attract screen: the big "Have your say" and Start, what changed because of what people
// said, languages named in themselves and ways to make the screen easier to see. Standing wide it
// has two columns; standing tall, one. Either way Start and "You said, we did" come first.
ScreenFrame {
    id: screen
    required property Item shell
    objectName: "welcomeScreen"
    showBack: false
    title: DeviceSettings.siteName
    readText: [title, heroText.text, introText.text].concat(screen.outcomeWords).join(". ")

    readonly property bool wide: width > height
    // The latest outcomes: as many as fit above the fold on a kiosk or tablet.
    readonly property int outcomesShown: Math.min(Outcomes.count, 2)
    property var outcomeWords: []

    function refreshOutcomeWords() {
        const words = []
        for (let i = 0; i < outcomeRepeater.count; ++i) {
            const card = outcomeRepeater.itemAt(i)
            if (card && card.visible)
                words.push(card.words)
        }
        outcomeWords = words
    }

    Grid {
        id: grid
        width: parent.width
        columns: screen.wide ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        Column {
            id: mainColumn
            width: screen.wide ? Math.round((grid.width - grid.columnSpacing) * 0.5) : grid.width
            spacing: Theme.spacing

            BodyText {
                id: heroText
                width: parent.width
                text: qsTr("Have your say")
                font.pixelSize: Theme.heroSize
                font.bold: true
                lineHeight: 1.0
                Accessible.role: Accessible.Heading
            }
            ActionButton {
                objectName: "startButton"
                width: Math.min(parent.width, Math.max(implicitWidth, 480))
                primary: true
                icon: "start"
                text: qsTr("Start")
                accessibleName: qsTr("Have your say: start")
                onClicked: screen.shell.go("question")
            }
            BodyText {
                id: introText
                width: parent.width
                visible: !screen.wide
                text: qsTr("Tell us what you think. It takes about two minutes. You do not need to give your name.")
            }

            BodyText {
                width: parent.width
                visible: Outcomes.count > 0
                text: qsTr("You said, we did")
                font.pixelSize: Theme.largeSize
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Repeater {
                id: outcomeRepeater
                model: Outcomes
                onCountChanged: screen.refreshOutcomeWords()
                // Each outcome is a card that reads itself aloud when pressed.
                ButtonBase {
                    id: card
                    required property int index
                    required property string said
                    required property string did
                    required property bool fellBack
                    required property string status
                    required property string statusReason
                    // Where it stands on the accountability board, in words.
                    readonly property string standing: {
                        switch (status) {
                        case "heard": return qsTr("Where it stands: we have heard this.")
                        case "planned": return qsTr("Where it stands: it is planned.")
                        case "doing": return qsTr("Where it stands: we are doing it now.")
                        case "done": return qsTr("Where it stands: it is done.")
                        case "not_possible": return qsTr("Where it stands: we cannot do this. Why: %1").arg(statusReason)
                        }
                        return ""
                    }
                    readonly property string words: qsTr("You said: %1").arg(said) + " " + qsTr("We did: %1").arg(did)
                                                    + (standing !== "" ? " " + standing : "")
                                                    + (fellBack ? " (" + qsTr("In English") + ")" : "")
                    objectName: "outcome_" + index
                    visible: index < screen.outcomesShown
                    width: mainColumn.width
                    height: Math.max(Theme.target, outcomeRow.implicitHeight + 2 * Theme.spacing)
                    text: words
                    accessibleName: words + " " + qsTr("Press to hear it.")
                    onClicked: Speech.say(words)
                    onWordsChanged: screen.refreshOutcomeWords()
                    onVisibleChanged: screen.refreshOutcomeWords()

                    Row {
                        id: outcomeRow
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: Theme.spacing
                        layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight

                        SymbolIcon {
                            name: "speaker"
                            size: Theme.iconSize
                            Accessible.ignored: true
                        }
                        BodyText {
                            width: parent.width - Theme.iconSize - Theme.spacing
                            text: qsTr("You said: %1").arg(card.said) + "\n" + qsTr("We did: %1").arg(card.did)
                                  + (card.standing !== "" ? " " + card.standing : "")
                                  + (card.fellBack ? "\n(" + qsTr("In English") + ")" : "")
                            color: card.foreground
                            Accessible.ignored: true
                        }
                    }
                }
            }
            // "Me too": ideas from other people here, each supported with one tap.
            ActionButton {
                objectName: "ideasHereButton"
                visible: IdeasHere.count > 0
                width: Math.min(parent.width, Math.max(implicitWidth, 480))
                icon: "start"
                text: qsTr("Ideas from people here (%n)", "", IdeasHere.count)
                accessibleName: qsTr("Ideas from people here: see them and say \"me too\"")
                onClicked: screen.shell.go("meToo")
            }
        }

        Column {
            id: optionsColumn
            width: screen.wide ? grid.width - mainColumn.width - grid.columnSpacing : grid.width
            spacing: Theme.spacing

            // Wide, the introduction heads the second column so "You said, we did" stays above the fold.
            BodyText {
                width: parent.width
                visible: screen.wide
                text: introText.text
            }
            BodyText {
                id: languageHeading
                width: parent.width
                text: qsTr("Language")
                font.bold: true
            }
            // One choice of three: announced as a group of radio buttons.
            Flow {
                width: parent.width
                spacing: Theme.spacing
                Accessible.role: Accessible.Grouping
                Accessible.name: languageHeading.text
                Repeater {
                    model: Language.languages
                    ActionButton {
                        required property var modelData
                        objectName: "language_" + modelData.code
                    width: Math.min(implicitWidth, optionsColumn.width)
                        text: modelData.name
                        selected: Language.language === modelData.code
                        exclusive: true
                        onClicked: Language.language = modelData.code
                    }
                }
            }

            BodyText {
                width: parent.width
                text: qsTr("Make it easier to see")
                font.bold: true
            }
            Flow {
                width: parent.width
                spacing: Theme.spacing
                ActionButton {
                    objectName: "biggerText"
                    width: Math.min(implicitWidth, optionsColumn.width)
                    icon: "textsize"
                    checkable: true
                    selected: Theme.textScale > 1.0
                    text: Theme.textScale > 1.0 ? qsTr("Normal text") : qsTr("Bigger text")
                    onClicked: Theme.textScale = Theme.textScale > 1.0 ? 1.0 : 2.0
                }
                ActionButton {
                    objectName: "highContrast"
                    width: Math.min(implicitWidth, optionsColumn.width)
                    icon: "contrast"
                    checkable: true
                    selected: Theme.highContrast
                    text: qsTr("High contrast")
                    onClicked: Theme.highContrast = !Theme.highContrast
                }
                ActionButton {
                    objectName: "readingFont"
                    width: Math.min(implicitWidth, optionsColumn.width)
                    icon: "font"
                    checkable: true
                    selected: Theme.dyslexicFont
                    text: qsTr("Easy-read font")
                    onClicked: Theme.dyslexicFont = !Theme.dyslexicFont
                }
            }

            BodyText {
                width: parent.width
                text: qsTr("Make it easier to hear")
                font.bold: true
            }
            // Each press is heard at once at the new volume, so a person can tell when it is right.
            Flow {
                width: parent.width
                spacing: Theme.spacing
                ActionButton {
                    objectName: "quieter"
                    width: Math.min(implicitWidth, optionsColumn.width)
                    icon: "speaker"
                    text: qsTr("Quieter")
                    accessibleName: qsTr("Read aloud more quietly")
                    onClicked: {
                        Speech.quieter()
                        Speech.say(qsTr("This is how loud reading aloud will be."))
                    }
                }
                ActionButton {
                    objectName: "louder"
                    width: Math.min(implicitWidth, optionsColumn.width)
                    icon: "speaker"
                    text: qsTr("Louder")
                    accessibleName: qsTr("Read aloud more loudly")
                    onClicked: {
                        Speech.louder()
                        Speech.say(qsTr("This is how loud reading aloud will be."))
                    }
                }
            }
        }
    }

    footer: [
        // Sized to its word in every language ("Staff", "Staff", "الموظفون"): never cut short.
        ActionButton {
            objectName: "staffCorner"
            text: qsTr("Staff")
            accessibleName: qsTr("Staff settings. Press and hold.")
            padding: 12
            onPressAndHold: screen.shell.go("staffPin")
            Keys.onReturnPressed: screen.shell.go("staffPin")
            Keys.onSpacePressed: screen.shell.go("staffPin")
        }
    ]
}
