# Generated from ui/intake_page.ui by scripts/build_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_IntakePage(object):
    def setupUi(self, IntakePage):
        if not IntakePage.objectName():
            IntakePage.setObjectName(u"IntakePage")
        IntakePage.resize(1160, 700)
        self.pageLayout = QVBoxLayout(IntakePage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(IntakePage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.NoFocus)
        self.scrollArea.setFrameShape(QFrame.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.formContainer = QWidget()
        self.formContainer.setObjectName(u"formContainer")
        self.columns = QHBoxLayout(self.formContainer)
        self.columns.setSpacing(12)
        self.columns.setObjectName(u"columns")
        self.columns.setContentsMargins(12, 10, 12, 6)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(10)
        self.leftColumn.setObjectName(u"leftColumn")
        self.procedureGroup = QGroupBox(self.formContainer)
        self.procedureGroup.setObjectName(u"procedureGroup")
        self.procedureGrid = QGridLayout(self.procedureGroup)
        self.procedureGrid.setObjectName(u"procedureGrid")
        self.procedureGrid.setVerticalSpacing(3)
        self.procedureLabel = QLabel(self.procedureGroup)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.procedureGrid.addWidget(self.procedureLabel, 0, 0, 1, 1)

        self.procedureSearch = QLineEdit(self.procedureGroup)
        self.procedureSearch.setObjectName(u"procedureSearch")
        self.procedureSearch.setClearButtonEnabled(True)

        self.procedureGrid.addWidget(self.procedureSearch, 0, 1, 1, 1)

        self.procedureError = QLabel(self.procedureGroup)
        self.procedureError.setObjectName(u"procedureError")
        self.procedureError.setWordWrap(True)
        self.procedureError.setProperty(u"role", u"error")

        self.procedureGrid.addWidget(self.procedureError, 1, 1, 1, 1)

        self.procedureInfo = QLabel(self.procedureGroup)
        self.procedureInfo.setObjectName(u"procedureInfo")
        self.procedureInfo.setWordWrap(True)
        self.procedureInfo.setProperty(u"role", u"hint")
        self.procedureInfo.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.procedureGrid.addWidget(self.procedureInfo, 2, 1, 1, 1)


        self.leftColumn.addWidget(self.procedureGroup)

        self.appointmentFrame = QFrame(self.formContainer)
        self.appointmentFrame.setObjectName(u"appointmentFrame")
        self.appointmentFrame.setFrameShape(QFrame.StyledPanel)
        self.appointmentLayout = QGridLayout(self.appointmentFrame)
        self.appointmentLayout.setObjectName(u"appointmentLayout")
        self.appointmentLayout.setVerticalSpacing(2)
        self.appointmentLayout.setContentsMargins(12, 6, 12, 8)
        self.appointmentCaption = QLabel(self.appointmentFrame)
        self.appointmentCaption.setObjectName(u"appointmentCaption")

        self.appointmentLayout.addWidget(self.appointmentCaption, 0, 0, 1, 1)

        self.appointmentDetail = QLabel(self.appointmentFrame)
        self.appointmentDetail.setObjectName(u"appointmentDetail")
        self.appointmentDetail.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.appointmentLayout.addWidget(self.appointmentDetail, 0, 1, 1, 1)

        self.appointmentLabel = QLabel(self.appointmentFrame)
        self.appointmentLabel.setObjectName(u"appointmentLabel")
        self.appointmentLabel.setWordWrap(True)
        self.appointmentLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.appointmentLayout.addWidget(self.appointmentLabel, 1, 0, 1, 2)

        self.appointmentLayout.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.appointmentFrame)

        self.applicantGroup = QGroupBox(self.formContainer)
        self.applicantGroup.setObjectName(u"applicantGroup")
        self.applicantGrid = QGridLayout(self.applicantGroup)
        self.applicantGrid.setObjectName(u"applicantGrid")
        self.applicantGrid.setVerticalSpacing(3)
        self.nameLabel = QLabel(self.applicantGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.applicantGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.applicantGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.applicantGrid.addWidget(self.nameEdit, 0, 1, 1, 3)

        self.nameError = QLabel(self.applicantGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.applicantGrid.addWidget(self.nameError, 1, 1, 1, 3)

        self.idNumberLabel = QLabel(self.applicantGroup)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.applicantGrid.addWidget(self.idNumberLabel, 2, 0, 1, 1)

        self.idNumberEdit = QLineEdit(self.applicantGroup)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(20)

        self.applicantGrid.addWidget(self.idNumberEdit, 2, 1, 1, 1)

        self.phoneLabel = QLabel(self.applicantGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.applicantGrid.addWidget(self.phoneLabel, 2, 2, 1, 1)

        self.phoneEdit = QLineEdit(self.applicantGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.applicantGrid.addWidget(self.phoneEdit, 2, 3, 1, 1)

        self.idNumberError = QLabel(self.applicantGroup)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setWordWrap(True)
        self.idNumberError.setProperty(u"role", u"error")

        self.applicantGrid.addWidget(self.idNumberError, 3, 1, 1, 1)

        self.phoneError = QLabel(self.applicantGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"role", u"error")

        self.applicantGrid.addWidget(self.phoneError, 3, 3, 1, 1)

        self.emailLabel = QLabel(self.applicantGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.applicantGrid.addWidget(self.emailLabel, 4, 0, 1, 1)

        self.emailEdit = QLineEdit(self.applicantGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.applicantGrid.addWidget(self.emailEdit, 4, 1, 1, 3)

        self.emailError = QLabel(self.applicantGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"role", u"error")

        self.applicantGrid.addWidget(self.emailError, 5, 1, 1, 3)

        self.streetLabel = QLabel(self.applicantGroup)
        self.streetLabel.setObjectName(u"streetLabel")

        self.applicantGrid.addWidget(self.streetLabel, 6, 0, 1, 1)

        self.streetEdit = QLineEdit(self.applicantGroup)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(300)

        self.applicantGrid.addWidget(self.streetEdit, 6, 1, 1, 3)

        self.provinceLabel = QLabel(self.applicantGroup)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.applicantGrid.addWidget(self.provinceLabel, 7, 0, 1, 1)

        self.provinceCombo = QComboBox(self.applicantGroup)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setEditable(True)
        self.provinceCombo.setInsertPolicy(QComboBox.NoInsert)
        self.provinceCombo.setMaxVisibleItems(15)

        self.applicantGrid.addWidget(self.provinceCombo, 7, 1, 1, 1)

        self.wardLabel = QLabel(self.applicantGroup)
        self.wardLabel.setObjectName(u"wardLabel")

        self.applicantGrid.addWidget(self.wardLabel, 7, 2, 1, 1)

        self.wardCombo = QComboBox(self.applicantGroup)
        self.wardCombo.setObjectName(u"wardCombo")
        self.wardCombo.setEditable(True)
        self.wardCombo.setInsertPolicy(QComboBox.NoInsert)
        self.wardCombo.setMaxVisibleItems(15)

        self.applicantGrid.addWidget(self.wardCombo, 7, 3, 1, 1)

        self.ownerCheck = QCheckBox(self.applicantGroup)
        self.ownerCheck.setObjectName(u"ownerCheck")

        self.applicantGrid.addWidget(self.ownerCheck, 8, 1, 1, 3)

        self.applicantGrid.setColumnStretch(1, 1)
        self.applicantGrid.setColumnStretch(3, 1)

        self.leftColumn.addWidget(self.applicantGroup)

        self.ownerGroup = QGroupBox(self.formContainer)
        self.ownerGroup.setObjectName(u"ownerGroup")
        self.ownerGrid = QGridLayout(self.ownerGroup)
        self.ownerGrid.setObjectName(u"ownerGrid")
        self.ownerGrid.setVerticalSpacing(3)
        self.ownerNameLabel = QLabel(self.ownerGroup)
        self.ownerNameLabel.setObjectName(u"ownerNameLabel")

        self.ownerGrid.addWidget(self.ownerNameLabel, 0, 0, 1, 1)

        self.ownerNameEdit = QLineEdit(self.ownerGroup)
        self.ownerNameEdit.setObjectName(u"ownerNameEdit")
        self.ownerNameEdit.setMaxLength(200)

        self.ownerGrid.addWidget(self.ownerNameEdit, 0, 1, 1, 3)

        self.ownerNameError = QLabel(self.ownerGroup)
        self.ownerNameError.setObjectName(u"ownerNameError")
        self.ownerNameError.setWordWrap(True)
        self.ownerNameError.setProperty(u"role", u"error")

        self.ownerGrid.addWidget(self.ownerNameError, 1, 1, 1, 3)

        self.ownerIdNumberLabel = QLabel(self.ownerGroup)
        self.ownerIdNumberLabel.setObjectName(u"ownerIdNumberLabel")

        self.ownerGrid.addWidget(self.ownerIdNumberLabel, 2, 0, 1, 1)

        self.ownerIdNumberEdit = QLineEdit(self.ownerGroup)
        self.ownerIdNumberEdit.setObjectName(u"ownerIdNumberEdit")
        self.ownerIdNumberEdit.setMaxLength(20)

        self.ownerGrid.addWidget(self.ownerIdNumberEdit, 2, 1, 1, 1)

        self.ownerPhoneLabel = QLabel(self.ownerGroup)
        self.ownerPhoneLabel.setObjectName(u"ownerPhoneLabel")

        self.ownerGrid.addWidget(self.ownerPhoneLabel, 2, 2, 1, 1)

        self.ownerPhoneEdit = QLineEdit(self.ownerGroup)
        self.ownerPhoneEdit.setObjectName(u"ownerPhoneEdit")
        self.ownerPhoneEdit.setMaxLength(20)

        self.ownerGrid.addWidget(self.ownerPhoneEdit, 2, 3, 1, 1)

        self.ownerIdNumberError = QLabel(self.ownerGroup)
        self.ownerIdNumberError.setObjectName(u"ownerIdNumberError")
        self.ownerIdNumberError.setWordWrap(True)
        self.ownerIdNumberError.setProperty(u"role", u"error")

        self.ownerGrid.addWidget(self.ownerIdNumberError, 3, 1, 1, 1)

        self.ownerPhoneError = QLabel(self.ownerGroup)
        self.ownerPhoneError.setObjectName(u"ownerPhoneError")
        self.ownerPhoneError.setWordWrap(True)
        self.ownerPhoneError.setProperty(u"role", u"error")

        self.ownerGrid.addWidget(self.ownerPhoneError, 3, 3, 1, 1)

        self.ownerAddressLabel = QLabel(self.ownerGroup)
        self.ownerAddressLabel.setObjectName(u"ownerAddressLabel")

        self.ownerGrid.addWidget(self.ownerAddressLabel, 4, 0, 1, 1)

        self.ownerAddressEdit = QLineEdit(self.ownerGroup)
        self.ownerAddressEdit.setObjectName(u"ownerAddressEdit")
        self.ownerAddressEdit.setMaxLength(500)

        self.ownerGrid.addWidget(self.ownerAddressEdit, 4, 1, 1, 3)

        self.ownerGrid.setColumnStretch(1, 1)
        self.ownerGrid.setColumnStretch(3, 1)

        self.leftColumn.addWidget(self.ownerGroup)

        self.receptionGroup = QGroupBox(self.formContainer)
        self.receptionGroup.setObjectName(u"receptionGroup")
        self.receptionGrid = QGridLayout(self.receptionGroup)
        self.receptionGrid.setObjectName(u"receptionGrid")
        self.receptionGrid.setVerticalSpacing(3)
        self.channelLabel = QLabel(self.receptionGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.receptionGrid.addWidget(self.channelLabel, 0, 0, 1, 1)

        self.channelCombo = QComboBox(self.receptionGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.receptionGrid.addWidget(self.channelCombo, 0, 1, 1, 1)

        self.channelError = QLabel(self.receptionGroup)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setWordWrap(True)
        self.channelError.setProperty(u"role", u"error")

        self.receptionGrid.addWidget(self.channelError, 1, 1, 1, 3)

        self.receivedLabel = QLabel(self.receptionGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.receptionGrid.addWidget(self.receivedLabel, 2, 0, 1, 1)

        self.receivedEdit = QDateTimeEdit(self.receptionGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setDisplayFormat(u"HH:mm  dd/MM/yyyy")
        self.receivedEdit.setCalendarPopup(True)

        self.receptionGrid.addWidget(self.receivedEdit, 2, 1, 1, 1)

        self.nowButton = QToolButton(self.receptionGroup)
        self.nowButton.setObjectName(u"nowButton")
        self.nowButton.setFocusPolicy(Qt.ClickFocus)

        self.receptionGrid.addWidget(self.nowButton, 2, 2, 1, 1)

        self.receivedError = QLabel(self.receptionGroup)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setWordWrap(True)
        self.receivedError.setProperty(u"role", u"error")

        self.receptionGrid.addWidget(self.receivedError, 3, 1, 1, 3)

        self.receptionGrid.setColumnStretch(1, 1)

        self.leftColumn.addWidget(self.receptionGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)

        self.leftColumn.setStretch(5, 1)

        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(10)
        self.rightColumn.setObjectName(u"rightColumn")
        self.documentsGroup = QGroupBox(self.formContainer)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QVBoxLayout(self.documentsGroup)
        self.documentsLayout.setSpacing(4)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsTable = QTableView(self.documentsGroup)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setMinimumSize(QSize(0, 150))
        self.documentsTable.setTabKeyNavigation(False)
        self.documentsTable.setAlternatingRowColors(True)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.documentsTable.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsTable)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.addDocumentButton = QPushButton(self.documentsGroup)
        self.addDocumentButton.setObjectName(u"addDocumentButton")
        self.addDocumentButton.setFocusPolicy(Qt.ClickFocus)

        self.documentsButtons.addWidget(self.addDocumentButton)

        self.removeDocumentButton = QPushButton(self.documentsGroup)
        self.removeDocumentButton.setObjectName(u"removeDocumentButton")
        self.removeDocumentButton.setFocusPolicy(Qt.ClickFocus)

        self.documentsButtons.addWidget(self.removeDocumentButton)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsButtons.addItem(self.documentsSpacer)

        self.setsLabel = QLabel(self.documentsGroup)
        self.setsLabel.setObjectName(u"setsLabel")

        self.documentsButtons.addWidget(self.setsLabel)

        self.setsSpin = QSpinBox(self.documentsGroup)
        self.setsSpin.setObjectName(u"setsSpin")
        self.setsSpin.setMinimum(1)
        self.setsSpin.setMaximum(99)

        self.documentsButtons.addWidget(self.setsSpin)


        self.documentsLayout.addLayout(self.documentsButtons)

        self.documentsError = QLabel(self.documentsGroup)
        self.documentsError.setObjectName(u"documentsError")
        self.documentsError.setWordWrap(True)
        self.documentsError.setProperty(u"role", u"error")

        self.documentsLayout.addWidget(self.documentsError)


        self.rightColumn.addWidget(self.documentsGroup)

        self.resultGroup = QGroupBox(self.formContainer)
        self.resultGroup.setObjectName(u"resultGroup")
        self.resultGrid = QGridLayout(self.resultGroup)
        self.resultGrid.setObjectName(u"resultGrid")
        self.resultGrid.setVerticalSpacing(3)
        self.feeLabel = QLabel(self.resultGroup)
        self.feeLabel.setObjectName(u"feeLabel")

        self.resultGrid.addWidget(self.feeLabel, 0, 0, 1, 1)

        self.feeEdit = QLineEdit(self.resultGroup)
        self.feeEdit.setObjectName(u"feeEdit")
        self.feeEdit.setMaxLength(300)

        self.resultGrid.addWidget(self.feeEdit, 0, 1, 1, 2)

        self.deliveryLabel = QLabel(self.resultGroup)
        self.deliveryLabel.setObjectName(u"deliveryLabel")

        self.resultGrid.addWidget(self.deliveryLabel, 1, 0, 1, 1)

        self.deliveryCounterRadio = QRadioButton(self.resultGroup)
        self.deliveryCounterRadio.setObjectName(u"deliveryCounterRadio")
        self.deliveryCounterRadio.setChecked(True)

        self.resultGrid.addWidget(self.deliveryCounterRadio, 1, 1, 1, 1)

        self.deliveryPostRadio = QRadioButton(self.resultGroup)
        self.deliveryPostRadio.setObjectName(u"deliveryPostRadio")

        self.resultGrid.addWidget(self.deliveryPostRadio, 1, 2, 1, 1)

        self.postAddressLabel = QLabel(self.resultGroup)
        self.postAddressLabel.setObjectName(u"postAddressLabel")

        self.resultGrid.addWidget(self.postAddressLabel, 2, 0, 1, 1)

        self.postAddressEdit = QLineEdit(self.resultGroup)
        self.postAddressEdit.setObjectName(u"postAddressEdit")
        self.postAddressEdit.setMaxLength(450)

        self.resultGrid.addWidget(self.postAddressEdit, 2, 1, 1, 2)

        self.postAddressError = QLabel(self.resultGroup)
        self.postAddressError.setObjectName(u"postAddressError")
        self.postAddressError.setWordWrap(True)
        self.postAddressError.setProperty(u"role", u"error")

        self.resultGrid.addWidget(self.postAddressError, 3, 1, 1, 2)

        self.notesLabel = QLabel(self.resultGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.resultGrid.addWidget(self.notesLabel, 4, 0, 1, 1)

        self.notesEdit = QLineEdit(self.resultGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(2000)

        self.resultGrid.addWidget(self.notesEdit, 4, 1, 1, 2)

        self.resultGrid.setColumnStretch(2, 1)

        self.rightColumn.addWidget(self.resultGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)

        self.rightColumn.setStretch(0, 1)

        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 11)
        self.columns.setStretch(1, 9)
        self.scrollArea.setWidget(self.formContainer)

        self.pageLayout.addWidget(self.scrollArea)

        self.actionBar = QFrame(IntakePage)
        self.actionBar.setObjectName(u"actionBar")
        self.actionLayout = QHBoxLayout(self.actionBar)
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionLayout.setContentsMargins(12, 6, 12, 8)
        self.resultLabel = QLabel(self.actionBar)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.actionLayout.addWidget(self.resultLabel)

        self.reprintButton = QPushButton(self.actionBar)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setFocusPolicy(Qt.ClickFocus)

        self.actionLayout.addWidget(self.reprintButton)

        self.clearButton = QPushButton(self.actionBar)
        self.clearButton.setObjectName(u"clearButton")

        self.actionLayout.addWidget(self.clearButton)

        self.saveButton = QPushButton(self.actionBar)
        self.saveButton.setObjectName(u"saveButton")

        self.actionLayout.addWidget(self.saveButton)

        self.actionLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.actionBar)

#if QT_CONFIG(shortcut)
        self.procedureLabel.setBuddy(self.procedureSearch)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.provinceLabel.setBuddy(self.provinceCombo)
        self.wardLabel.setBuddy(self.wardCombo)
        self.ownerNameLabel.setBuddy(self.ownerNameEdit)
        self.ownerIdNumberLabel.setBuddy(self.ownerIdNumberEdit)
        self.ownerPhoneLabel.setBuddy(self.ownerPhoneEdit)
        self.ownerAddressLabel.setBuddy(self.ownerAddressEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.setsLabel.setBuddy(self.setsSpin)
        self.feeLabel.setBuddy(self.feeEdit)
        self.postAddressLabel.setBuddy(self.postAddressEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.procedureSearch, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.provinceCombo)
        QWidget.setTabOrder(self.provinceCombo, self.wardCombo)
        QWidget.setTabOrder(self.wardCombo, self.ownerCheck)
        QWidget.setTabOrder(self.ownerCheck, self.ownerNameEdit)
        QWidget.setTabOrder(self.ownerNameEdit, self.ownerIdNumberEdit)
        QWidget.setTabOrder(self.ownerIdNumberEdit, self.ownerPhoneEdit)
        QWidget.setTabOrder(self.ownerPhoneEdit, self.ownerAddressEdit)
        QWidget.setTabOrder(self.ownerAddressEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.documentsTable)
        QWidget.setTabOrder(self.documentsTable, self.setsSpin)
        QWidget.setTabOrder(self.setsSpin, self.feeEdit)
        QWidget.setTabOrder(self.feeEdit, self.deliveryCounterRadio)
        QWidget.setTabOrder(self.deliveryCounterRadio, self.deliveryPostRadio)
        QWidget.setTabOrder(self.deliveryPostRadio, self.postAddressEdit)
        QWidget.setTabOrder(self.postAddressEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)

        self.retranslateUi(IntakePage)

        QMetaObject.connectSlotsByName(IntakePage)
    # setupUi

    def retranslateUi(self, IntakePage):
        IntakePage.setWindowTitle(QCoreApplication.translate("IntakePage", u"Ti\u1ebfp nh\u1eadn h\u1ed3 s\u01a1", None))
        self.procedureGroup.setTitle(QCoreApplication.translate("IntakePage", u"1. Th\u1ee7 t\u1ee5c h\u00e0nh ch\u00ednh", None))
        self.procedureLabel.setText(QCoreApplication.translate("IntakePage", u"Th\u1ee7 t\u1ee5c *", None))
        self.procedureSearch.setPlaceholderText(QCoreApplication.translate("IntakePage", u"G\u00f5 t\u00ean th\u1ee7 t\u1ee5c (kh\u00f4ng c\u1ea7n d\u1ea5u) ho\u1eb7c m\u00e3, v\u00ed d\u1ee5: khai sinh, ket hon, 1.001193", None))
        self.appointmentCaption.setText(QCoreApplication.translate("IntakePage", u"H\u1eb8N TR\u1ea2 K\u1ebeT QU\u1ea2", None))
        self.appointmentLabel.setText(QCoreApplication.translate("IntakePage", u"Ch\u1ecdn th\u1ee7 t\u1ee5c \u0111\u1ec3 xem ng\u00e0y h\u1eb9n tr\u1ea3", None))
        self.applicantGroup.setTitle(QCoreApplication.translate("IntakePage", u"2. Ng\u01b0\u1eddi n\u1ed9p h\u1ed3 s\u01a1", None))
        self.nameLabel.setText(QCoreApplication.translate("IntakePage", u"H\u1ecd v\u00e0 t\u00ean *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"v\u00ed d\u1ee5 Nguy\u1ec5n V\u0103n An", None))
        self.idNumberLabel.setText(QCoreApplication.translate("IntakePage", u"S\u1ed1 \u0111\u1ecbnh danh", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"12 ch\u1eef s\u1ed1", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakePage", u"\u0110i\u1ec7n tho\u1ea1i", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"v\u00ed d\u1ee5 0912345678", None))
        self.emailLabel.setText(QCoreApplication.translate("IntakePage", u"E-mail", None))
        self.streetLabel.setText(QCoreApplication.translate("IntakePage", u"\u0110\u1ecba ch\u1ec9", None))
        self.streetEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"S\u1ed1 nh\u00e0, \u0111\u01b0\u1eddng, th\u00f4n, \u1ea5p, t\u1ed5 d\u00e2n ph\u1ed1", None))
        self.provinceLabel.setText(QCoreApplication.translate("IntakePage", u"T\u1ec9nh, TP", None))
        self.wardLabel.setText(QCoreApplication.translate("IntakePage", u"X\u00e3, ph\u01b0\u1eddng", None))
        self.ownerCheck.setText(QCoreApplication.translate("IntakePage", u"Ng\u01b0\u1eddi n\u1ed9p kh\u00f4ng ph\u1ea3i ch\u1ee7 h\u1ed3 s\u01a1", None))
        self.ownerGroup.setTitle(QCoreApplication.translate("IntakePage", u"Ch\u1ee7 h\u1ed3 s\u01a1 (ng\u01b0\u1eddi c\u00f3 y\u00eau c\u1ea7u gi\u1ea3i quy\u1ebft)", None))
        self.ownerNameLabel.setText(QCoreApplication.translate("IntakePage", u"H\u1ecd v\u00e0 t\u00ean *", None))
        self.ownerIdNumberLabel.setText(QCoreApplication.translate("IntakePage", u"S\u1ed1 \u0111\u1ecbnh danh", None))
        self.ownerPhoneLabel.setText(QCoreApplication.translate("IntakePage", u"\u0110i\u1ec7n tho\u1ea1i", None))
        self.ownerAddressLabel.setText(QCoreApplication.translate("IntakePage", u"\u0110\u1ecba ch\u1ec9", None))
        self.receptionGroup.setTitle(QCoreApplication.translate("IntakePage", u"3. H\u00ecnh th\u1ee9c v\u00e0 th\u1eddi \u0111i\u1ec3m ti\u1ebfp nh\u1eadn", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakePage", u"H\u00ecnh th\u1ee9c n\u1ed9p", None))
        self.receivedLabel.setText(QCoreApplication.translate("IntakePage", u"Th\u1eddi \u0111i\u1ec3m nh\u1eadn", None))
#if QT_CONFIG(tooltip)
        self.receivedEdit.setToolTip(QCoreApplication.translate("IntakePage", u"M\u1eb7c \u0111\u1ecbnh l\u00e0 l\u00fac l\u01b0u h\u1ed3 s\u01a1; s\u1eeda l\u1ea1i khi nh\u1eadp b\u00f9 h\u1ed3 s\u01a1 \u0111\u00e3 nh\u1eadn tr\u01b0\u1edbc \u0111\u00f3.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nowButton.setToolTip(QCoreApplication.translate("IntakePage", u"\u0110\u1eb7t l\u1ea1i th\u1eddi \u0111i\u1ec3m nh\u1eadn l\u00e0 b\u00e2y gi\u1edd", None))
#endif // QT_CONFIG(tooltip)
        self.nowButton.setText(QCoreApplication.translate("IntakePage", u"B\u00e2y gi\u1edd", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("IntakePage", u"4. Th\u00e0nh ph\u1ea7n h\u1ed3 s\u01a1 \u0111\u00e3 nh\u1eadn (\u0111\u00e1nh d\u1ea5u gi\u1ea5y t\u1edd c\u00f3 trong h\u1ed3 s\u01a1)", None))
#if QT_CONFIG(tooltip)
        self.addDocumentButton.setToolTip(QCoreApplication.translate("IntakePage", u"Th\u00eam m\u1ed9t gi\u1ea5y t\u1edd (ph\u00edm Insert trong b\u1ea3ng)", None))
#endif // QT_CONFIG(tooltip)
        self.addDocumentButton.setText(QCoreApplication.translate("IntakePage", u"Th\u00eam gi\u1ea5y t\u1edd", None))
#if QT_CONFIG(tooltip)
        self.removeDocumentButton.setToolTip(QCoreApplication.translate("IntakePage", u"X\u00f3a c\u00e1c d\u00f2ng \u0111ang ch\u1ecdn (ph\u00edm Delete trong b\u1ea3ng)", None))
#endif // QT_CONFIG(tooltip)
        self.removeDocumentButton.setText(QCoreApplication.translate("IntakePage", u"X\u00f3a d\u00f2ng", None))
        self.setsLabel.setText(QCoreApplication.translate("IntakePage", u"S\u1ed1 l\u01b0\u1ee3ng h\u1ed3 s\u01a1 (b\u1ed9)", None))
        self.resultGroup.setTitle(QCoreApplication.translate("IntakePage", u"5. Ph\u00ed v\u00e0 tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.feeLabel.setText(QCoreApplication.translate("IntakePage", u"Ph\u00ed, l\u1ec7 ph\u00ed", None))
        self.deliveryLabel.setText(QCoreApplication.translate("IntakePage", u"N\u01a1i tr\u1ea3 k\u1ebft qu\u1ea3", None))
        self.deliveryCounterRadio.setText(QCoreApplication.translate("IntakePage", u"T\u1ea1i B\u1ed9 ph\u1eadn M\u1ed9t c\u1eeda", None))
        self.deliveryPostRadio.setText(QCoreApplication.translate("IntakePage", u"Qua b\u01b0u ch\u00ednh c\u00f4ng \u00edch", None))
        self.postAddressLabel.setText(QCoreApplication.translate("IntakePage", u"\u0110\u1ecba ch\u1ec9 nh\u1eadn", None))
        self.postAddressEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"\u0110\u1ecba ch\u1ec9 nh\u1eadn k\u1ebft qu\u1ea3 qua b\u01b0u \u0111i\u1ec7n", None))
        self.notesLabel.setText(QCoreApplication.translate("IntakePage", u"Ghi ch\u00fa", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("IntakePage", u"Nh\u1ea5n Enter \u1edf \u00f4 n\u00e0y \u0111\u1ec3 l\u01b0u h\u1ed3 s\u01a1", None))
        self.reprintButton.setText(QCoreApplication.translate("IntakePage", u"Xem l\u1ea1i gi\u1ea5y h\u1eb9n", None))
        self.clearButton.setText(QCoreApplication.translate("IntakePage", u"Nh\u1eadp m\u1edbi (Esc)", None))
        self.saveButton.setText(QCoreApplication.translate("IntakePage", u"L\u01b0u v\u00e0 in gi\u1ea5y h\u1eb9n (Ctrl+S)", None))
    # retranslateUi
