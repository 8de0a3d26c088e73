import QtQuick
import Chorus

// Staff mode on a coordinator device: edits of a question or outcome that clashed (made at once on two
// devices, or here and at the dashboard), the value kept everywhere beside the edit that lost, each
// settled with "Keep this" or "Use the other". Settling syncs like any edit.
Rectangle {
    id: root

    required property ConflictsModel conflicts

    objectName: "conflictsPanel"
    visible: conflicts.canSettle
    color: Theme.surface
    border.color: Theme.border
    border.width: 2
    radius: Theme.radius
    implicitWidth: 720
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Clashing edits")

    Component.onCompleted: conflicts.reload()

    Column {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        BodyText {
            objectName: "conflictsStatus"
            width: parent.width
            text: root.conflicts.count === 0
                  ? qsTr("No clashing edits: every question and outcome reads the same on every device.")
                  //: %1 how many; no plural in the sentence (English has no plural forms file)
                  : qsTr("Clashing edits to settle: %1. Choose which words to keep.").arg(root.conflicts.count)
        }

        Repeater {
            model: root.conflicts
            delegate: Rectangle {
                id: clash
                required property int index
                required property string recordTitle
                required property string fieldLabel
                required property string keptText
                required property string otherText

                objectName: "conflict_" + index
                width: column.width
                height: body.implicitHeight + 2 * Theme.spacing
                color: Theme.background
                border.color: Theme.border
                border.width: 1
                radius: Theme.radius

                Column {
                    id: body
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacing

                    BodyText {
                        width: parent.width
                        font.bold: true
                        //: %1 what was edited (Question, We did…), %2 the question or outcome
                        text: qsTr("%1 of “%2”").arg(clash.fieldLabel).arg(clash.recordTitle)
                    }
                    // Side by side, each value with its own button; words say which is which, not colour.
                    Row {
                        width: parent.width
                        spacing: Theme.spacing
                        layoutDirection: Theme.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight
                        Repeater {
                            model: [
                                { side: "kept", heading: qsTr("Now on every device"), words: clash.keptText,
                                  button: qsTr("Keep this"),
                                  //: %1 the words kept
                                  name: qsTr("Keep “%1”").arg(clash.keptText) },
                                { side: "other", heading: qsTr("The other edit"), words: clash.otherText,
                                  button: qsTr("Use the other"),
                                  //: %1 the words of the other edit
                                  name: qsTr("Use “%1” instead").arg(clash.otherText) }
                            ]
                            delegate: Column {
                                required property var modelData
                                width: (body.width - Theme.spacing) / 2
                                spacing: Theme.spacing / 2
                                BodyText {
                                    width: parent.width
                                    font.bold: true
                                    text: modelData.heading
                                }
                                BodyText {
                                    objectName: "conflict_" + clash.index + "_" + modelData.side + "Text"
                                    width: parent.width
                                    text: modelData.words
                                }
                                ActionButton {
                                    objectName: "conflict_" + clash.index + "_" + modelData.side
                                    width: parent.width
                                    text: modelData.button
                                    accessibleName: modelData.name
                                    onClicked: modelData.side === "kept" ? root.conflicts.keep(clash.index)
                                                                         : root.conflicts.useOther(clash.index)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
