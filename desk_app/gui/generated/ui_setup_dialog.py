# Generated from ui/setup_dialog.ui by scripts/build_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(940, 420)
        self.dialogLayout = QVBoxLayout(SetupDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.officeGroup = QGroupBox(SetupDialog)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeGrid = QGridLayout(self.officeGroup)
        self.officeGrid.setObjectName(u"officeGrid")
        self.officeGrid.setVerticalSpacing(4)
        self.officeIdLabel = QLabel(self.officeGroup)
        self.officeIdLabel.setObjectName(u"officeIdLabel")

        self.officeGrid.addWidget(self.officeIdLabel, 0, 0, 1, 1)

        self.officeIdEdit = QLineEdit(self.officeGroup)
        self.officeIdEdit.setObjectName(u"officeIdEdit")
        self.officeIdEdit.setMaxLength(30)

        self.officeGrid.addWidget(self.officeIdEdit, 0, 1, 1, 1)

        self.officeIdError = QLabel(self.officeGroup)
        self.officeIdError.setObjectName(u"officeIdError")
        self.officeIdError.setWordWrap(True)
        self.officeIdError.setProperty(u"role", u"error")

        self.officeGrid.addWidget(self.officeIdError, 1, 1, 1, 1)

        self.officeNameLabel = QLabel(self.officeGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeGrid.addWidget(self.officeNameLabel, 2, 0, 1, 1)

        self.officeNameEdit = QLineEdit(self.officeGroup)
        self.officeNameEdit.setObjectName(u"officeNameEdit")
        self.officeNameEdit.setMaxLength(200)

        self.officeGrid.addWidget(self.officeNameEdit, 2, 1, 1, 1)

        self.officeNameError = QLabel(self.officeGroup)
        self.officeNameError.setObjectName(u"officeNameError")
        self.officeNameError.setWordWrap(True)
        self.officeNameError.setProperty(u"role", u"error")

        self.officeGrid.addWidget(self.officeNameError, 3, 1, 1, 1)

        self.levelLabel = QLabel(self.officeGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.officeGrid.addWidget(self.levelLabel, 4, 0, 1, 1)

        self.levelCombo = QComboBox(self.officeGroup)
        self.levelCombo.addItem("")
        self.levelCombo.addItem("")
        self.levelCombo.addItem("")
        self.levelCombo.setObjectName(u"levelCombo")

        self.officeGrid.addWidget(self.levelCombo, 4, 1, 1, 1)

        self.levelError = QLabel(self.officeGroup)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setWordWrap(True)
        self.levelError.setProperty(u"role", u"error")

        self.officeGrid.addWidget(self.levelError, 5, 1, 1, 1)

        self.provinceLabel = QLabel(self.officeGroup)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.officeGrid.addWidget(self.provinceLabel, 6, 0, 1, 1)

        self.provinceCombo = QComboBox(self.officeGroup)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setEditable(True)
        self.provinceCombo.setInsertPolicy(QComboBox.NoInsert)
        self.provinceCombo.setMaxVisibleItems(15)

        self.officeGrid.addWidget(self.provinceCombo, 6, 1, 1, 1)

        self.provinceError = QLabel(self.officeGroup)
        self.provinceError.setObjectName(u"provinceError")
        self.provinceError.setWordWrap(True)
        self.provinceError.setProperty(u"role", u"error")

        self.officeGrid.addWidget(self.provinceError, 7, 1, 1, 1)

        self.wardLabel = QLabel(self.officeGroup)
        self.wardLabel.setObjectName(u"wardLabel")

        self.officeGrid.addWidget(self.wardLabel, 8, 0, 1, 1)

        self.wardCombo = QComboBox(self.officeGroup)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setEditable(True)
        self.wardCombo.setInsertPolicy(QComboBox.NoInsert)
        self.wardCombo.setMaxVisibleItems(15)

        self.officeGrid.addWidget(self.wardCombo, 8, 1, 1, 1)

        self.wardError = QLabel(self.officeGroup)
        self.wardError.setObjectName(u"wardError")
        self.wardError.setWordWrap(True)
        self.wardError.setProperty(u"role", u"error")

        self.officeGrid.addWidget(self.wardError, 9, 1, 1, 1)

        self.parentNameLabel = QLabel(self.officeGroup)
        self.parentNameLabel.setObjectName(u"parentNameLabel")

        self.officeGrid.addWidget(self.parentNameLabel, 10, 0, 1, 1)

        self.parentNameEdit = QLineEdit(self.officeGroup)
        self.parentNameEdit.setObjectName(u"parentNameEdit")
        self.parentNameEdit.setMaxLength(200)

        self.officeGrid.addWidget(self.parentNameEdit, 10, 1, 1, 1)

        self.officeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.officeGrid.addItem(self.officeSpacer, 11, 0, 1, 1)


        self.columns.addWidget(self.officeGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(12)
        self.rightColumn.setObjectName(u"rightColumn")
        self.deskGroup = QGroupBox(SetupDialog)
        self.deskGroup.setObjectName(u"deskGroup")
        self.deskGrid = QGridLayout(self.deskGroup)
        self.deskGrid.setObjectName(u"deskGrid")
        self.deskGrid.setVerticalSpacing(4)
        self.deskLabel = QLabel(self.deskGroup)
        self.deskLabel.setObjectName(u"deskLabel")

        self.deskGrid.addWidget(self.deskLabel, 0, 0, 1, 1)

        self.deskSpin = QSpinBox(self.deskGroup)
        self.deskSpin.setObjectName(u"deskSpin")
        self.deskSpin.setMinimum(1)
        self.deskSpin.setMaximum(9)

        self.deskGrid.addWidget(self.deskSpin, 0, 1, 1, 1)

        self.deskHint = QLabel(self.deskGroup)
        self.deskHint.setObjectName(u"deskHint")
        self.deskHint.setWordWrap(True)
        self.deskHint.setProperty(u"role", u"hint")

        self.deskGrid.addWidget(self.deskHint, 0, 2, 1, 3)

        self.deskError = QLabel(self.deskGroup)
        self.deskError.setObjectName(u"deskError")
        self.deskError.setWordWrap(True)
        self.deskError.setProperty(u"role", u"error")

        self.deskGrid.addWidget(self.deskError, 1, 1, 1, 4)

        self.morningLabel = QLabel(self.deskGroup)
        self.morningLabel.setObjectName(u"morningLabel")

        self.deskGrid.addWidget(self.morningLabel, 2, 0, 1, 1)

        self.morningStart = QTimeEdit(self.deskGroup)
        self.morningStart.setObjectName(u"morningStart")
        self.morningStart.setDisplayFormat(u"HH:mm")
        self.morningStart.setTime(QTime(7, 0, 0))

        self.deskGrid.addWidget(self.morningStart, 2, 1, 1, 1)

        self.morningDash = QLabel(self.deskGroup)
        self.morningDash.setObjectName(u"morningDash")

        self.deskGrid.addWidget(self.morningDash, 2, 2, 1, 1)

        self.morningEnd = QTimeEdit(self.deskGroup)
        self.morningEnd.setObjectName(u"morningEnd")
        self.morningEnd.setDisplayFormat(u"HH:mm")
        self.morningEnd.setTime(QTime(11, 30, 0))

        self.deskGrid.addWidget(self.morningEnd, 2, 3, 1, 1)

        self.sessionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deskGrid.addItem(self.sessionSpacer, 2, 4, 1, 1)

        self.afternoonLabel = QLabel(self.deskGroup)
        self.afternoonLabel.setObjectName(u"afternoonLabel")

        self.deskGrid.addWidget(self.afternoonLabel, 3, 0, 1, 1)

        self.afternoonStart = QTimeEdit(self.deskGroup)
        self.afternoonStart.setObjectName(u"afternoonStart")
        self.afternoonStart.setDisplayFormat(u"HH:mm")
        self.afternoonStart.setTime(QTime(13, 30, 0))

        self.deskGrid.addWidget(self.afternoonStart, 3, 1, 1, 1)

        self.afternoonDash = QLabel(self.deskGroup)
        self.afternoonDash.setObjectName(u"afternoonDash")

        self.deskGrid.addWidget(self.afternoonDash, 3, 2, 1, 1)

        self.afternoonEnd = QTimeEdit(self.deskGroup)
        self.afternoonEnd.setObjectName(u"afternoonEnd")
        self.afternoonEnd.setDisplayFormat(u"HH:mm")
        self.afternoonEnd.setTime(QTime(17, 0, 0))

        self.deskGrid.addWidget(self.afternoonEnd, 3, 3, 1, 1)

        self.sessionsError = QLabel(self.deskGroup)
        self.sessionsError.setObjectName(u"sessionsError")
        self.sessionsError.setWordWrap(True)
        self.sessionsError.setProperty(u"role", u"error")

        self.deskGrid.addWidget(self.sessionsError, 4, 1, 1, 4)


        self.rightColumn.addWidget(self.deskGroup)

        self.printGroup = QGroupBox(SetupDialog)
        self.printGroup.setObjectName(u"printGroup")
        self.printGrid = QGridLayout(self.printGroup)
        self.printGrid.setObjectName(u"printGrid")
        self.printGrid.setVerticalSpacing(4)
        self.headNameLabel = QLabel(self.printGroup)
        self.headNameLabel.setObjectName(u"headNameLabel")

        self.printGrid.addWidget(self.headNameLabel, 0, 0, 1, 1)

        self.headNameEdit = QLineEdit(self.printGroup)
        self.headNameEdit.setObjectName(u"headNameEdit")
        self.headNameEdit.setMaxLength(200)

        self.printGrid.addWidget(self.headNameEdit, 0, 1, 1, 1)

        self.headTitleLabel = QLabel(self.printGroup)
        self.headTitleLabel.setObjectName(u"headTitleLabel")

        self.printGrid.addWidget(self.headTitleLabel, 1, 0, 1, 1)

        self.headTitleEdit = QLineEdit(self.printGroup)
        self.headTitleEdit.setObjectName(u"headTitleEdit")
        self.headTitleEdit.setMaxLength(100)

        self.printGrid.addWidget(self.headTitleEdit, 1, 1, 1, 1)

        self.paperLabel = QLabel(self.printGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.printGrid.addWidget(self.paperLabel, 2, 0, 1, 1)

        self.paperCombo = QComboBox(self.printGroup)
        self.paperCombo.addItem("")
        self.paperCombo.addItem("")
        self.paperCombo.setObjectName(u"paperCombo")

        self.printGrid.addWidget(self.paperCombo, 2, 1, 1, 1)


        self.rightColumn.addWidget(self.printGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.dialogLayout.addLayout(self.columns)

        self.generalError = QLabel(SetupDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(SetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.officeIdLabel.setBuddy(self.officeIdEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.levelLabel.setBuddy(self.levelCombo)
        self.provinceLabel.setBuddy(self.provinceCombo)
        self.wardLabel.setBuddy(self.wardCombo)
        self.parentNameLabel.setBuddy(self.parentNameEdit)
        self.deskLabel.setBuddy(self.deskSpin)
        self.morningLabel.setBuddy(self.morningStart)
        self.afternoonLabel.setBuddy(self.afternoonStart)
        self.headNameLabel.setBuddy(self.headNameEdit)
        self.headTitleLabel.setBuddy(self.headTitleEdit)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeIdEdit, self.officeNameEdit)
        QWidget.setTabOrder(self.officeNameEdit, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.provinceCombo)
        QWidget.setTabOrder(self.provinceCombo, self.wardCombo)
        QWidget.setTabOrder(self.wardCombo, self.parentNameEdit)
        QWidget.setTabOrder(self.parentNameEdit, self.deskSpin)
        QWidget.setTabOrder(self.deskSpin, self.morningStart)
        QWidget.setTabOrder(self.morningStart, self.morningEnd)
        QWidget.setTabOrder(self.morningEnd, self.afternoonStart)
        QWidget.setTabOrder(self.afternoonStart, self.afternoonEnd)
        QWidget.setTabOrder(self.afternoonEnd, self.headNameEdit)
        QWidget.setTabOrder(self.headNameEdit, self.headTitleEdit)
        QWidget.setTabOrder(self.headTitleEdit, self.paperCombo)

        self.retranslateUi(SetupDialog)

        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Thi\u1ebft l\u1eadp \u0111\u01a1n v\u1ecb v\u00e0 m\u00e1y ti\u1ebfp nh\u1eadn", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"Thi\u1ebft l\u1eadp m\u1ed9t l\u1ea7n cho m\u00e1y n\u00e0y: \u0111\u01a1n v\u1ecb, qu\u1ea7y, gi\u1edd l\u00e0m vi\u1ec7c v\u00e0 gi\u1ea5y in. C\u00e1c m\u1ee5c c\u00f3 d\u1ea5u * l\u00e0 b\u1eaft bu\u1ed9c; c\u00f3 th\u1ec3 s\u1eeda l\u1ea1i sau trong menu H\u1ec7 th\u1ed1ng \u2192 Thi\u1ebft l\u1eadp \u0111\u01a1n v\u1ecb.", None))
        self.officeGroup.setTitle(QCoreApplication.translate("SetupDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.officeIdLabel.setText(QCoreApplication.translate("SetupDialog", u"M\u00e3 \u0111\u1ecbnh danh \u0111\u01a1n v\u1ecb *", None))
        self.officeIdEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"v\u00ed d\u1ee5 H21.17", None))
#if QT_CONFIG(tooltip)
        self.officeIdEdit.setToolTip(QCoreApplication.translate("SetupDialog", u"M\u00e3 \u0111\u1ecbnh danh c\u1ee7a \u0111\u01a1n v\u1ecb tr\u00ean C\u1ed5ng d\u1ecbch v\u1ee5 c\u00f4ng (in trong m\u00e3 h\u1ed3 s\u01a1).", None))
#endif // QT_CONFIG(tooltip)
        self.officeNameLabel.setText(QCoreApplication.translate("SetupDialog", u"T\u00ean \u0111\u01a1n v\u1ecb *", None))
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"v\u00ed d\u1ee5 B\u1ed9 ph\u1eadn M\u1ed9t c\u1eeda x\u00e3 T\u00e2n L\u1eadp", None))
        self.levelLabel.setText(QCoreApplication.translate("SetupDialog", u"C\u1ea5p *", None))
        self.levelCombo.setItemText(0, QCoreApplication.translate("SetupDialog", u"C\u1ea5p x\u00e3", None))
        self.levelCombo.setItemText(1, QCoreApplication.translate("SetupDialog", u"C\u1ea5p t\u1ec9nh", None))
        self.levelCombo.setItemText(2, QCoreApplication.translate("SetupDialog", u"C\u1ea5p huy\u1ec7n (c\u0169)", None))

        self.provinceLabel.setText(QCoreApplication.translate("SetupDialog", u"T\u1ec9nh, th\u00e0nh ph\u1ed1 *", None))
        self.wardLabel.setText(QCoreApplication.translate("SetupDialog", u"X\u00e3, ph\u01b0\u1eddng *", None))
        self.parentNameLabel.setText(QCoreApplication.translate("SetupDialog", u"C\u01a1 quan ch\u1ee7 qu\u1ea3n", None))
#if QT_CONFIG(tooltip)
        self.parentNameEdit.setToolTip(QCoreApplication.translate("SetupDialog", u"In \u1edf g\u00f3c tr\u00ean b\u00ean tr\u00e1i c\u00e1c bi\u1ec3u m\u1eabu. \u0110\u1ec3 tr\u1ed1ng: l\u1ea5y theo x\u00e3, ph\u01b0\u1eddng \u0111\u00e3 ch\u1ecdn.", None))
#endif // QT_CONFIG(tooltip)
        self.deskGroup.setTitle(QCoreApplication.translate("SetupDialog", u"Qu\u1ea7y v\u00e0 gi\u1edd l\u00e0m vi\u1ec7c", None))
        self.deskLabel.setText(QCoreApplication.translate("SetupDialog", u"S\u1ed1 m\u00e1y (qu\u1ea7y) *", None))
        self.deskHint.setText(QCoreApplication.translate("SetupDialog", u"M\u1ed7i qu\u1ea7y c\u00f3 kh\u1ed1i s\u1ed1 h\u1ed3 s\u01a1 ri\u00eang.", None))
        self.morningLabel.setText(QCoreApplication.translate("SetupDialog", u"Bu\u1ed5i s\u00e1ng", None))
        self.morningDash.setText(QCoreApplication.translate("SetupDialog", u"\u0111\u1ebfn", None))
        self.afternoonLabel.setText(QCoreApplication.translate("SetupDialog", u"Bu\u1ed5i chi\u1ec1u", None))
        self.afternoonDash.setText(QCoreApplication.translate("SetupDialog", u"\u0111\u1ebfn", None))
        self.printGroup.setTitle(QCoreApplication.translate("SetupDialog", u"Ng\u01b0\u1eddi k\u00fd v\u00e0 gi\u1ea5y in", None))
        self.headNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Ng\u01b0\u1eddi \u0111\u1ee9ng \u0111\u1ea7u", None))
        self.headNameEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"H\u1ecd v\u00e0 t\u00ean ng\u01b0\u1eddi k\u00fd v\u0103n b\u1ea3n xin l\u1ed7i", None))
        self.headTitleLabel.setText(QCoreApplication.translate("SetupDialog", u"Ch\u1ee9c danh", None))
        self.headTitleEdit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"v\u00ed d\u1ee5 CH\u1ee6 T\u1ecaCH", None))
        self.paperLabel.setText(QCoreApplication.translate("SetupDialog", u"Kh\u1ed5 gi\u1ea5y", None))
        self.paperCombo.setItemText(0, QCoreApplication.translate("SetupDialog", u"A5 (n\u1eeda t\u1edd A4)", None))
        self.paperCombo.setItemText(1, QCoreApplication.translate("SetupDialog", u"A4", None))

    # retranslateUi
