package org.airlock.table;

import java.util.List;
import org.airlock.detect.FindingType;

/**
 * What a table column holds, as its header or its values say. Each role names the finding type
 * its cells produce and the header phrases (English, French, Spanish; names, birth dates and
 * nationality also in Russian, Ukrainian, German, Italian, Portuguese, Turkish, Persian, Arabic,
 * Chinese and Japanese) that announce it; the
 * longest phrase found in a header wins, so "facility name" is a facility, not a person's name.
 */
public enum ColumnRole {
    FULL_NAME(FindingType.PERSON_NAME, List.of(
            "name", "full name", "names", "person", "person name", "applicant", "applicant name", "lead applicant",
            "detainee", "detainee name", "individual", "subject name", "client name", "patient name", "employee name",
            "nom", "nom complet", "nom et prenom", "nom prenom", "nombre", "nombre completo", "nombre y apellidos",
            "apellidos y nombre", "nombre del solicitante",
            "фио", "ф и о", "полное имя", "nome completo", "vollstandiger name", "نام و نام خانوادگی", "نام کامل",
            "الاسم الكامل", "الاسم", "姓名", "名前", "氏名")),
    GIVEN_NAME(FindingType.PERSON_NAME, List.of(
            "first name", "firstname", "given name", "given names", "forename", "forenames", "christian name",
            "prenom", "prenoms", "nombres", "primer nombre", "nombre de pila",
            "имя", "імя", "ім я", "vorname", "nome", "نام", "الاسم الأول", "名")),
    FAMILY_NAME(FindingType.PERSON_NAME, List.of(
            "last name", "lastname", "surname", "family name", "nom de famille", "nom d usage",
            "apellido", "apellidos", "primer apellido", "segundo apellido",
            "фамилия", "прізвище", "nachname", "familienname", "cognome", "sobrenome", "نام خانوادگی", "اسم العائلة",
            "اللقب", "姓")),
    DATE_OF_BIRTH(FindingType.DATE_OF_BIRTH, List.of(
            "date of birth", "dob", "d o b", "birth date", "birthdate", "birth", "born", "date born",
            "date de naissance", "ne le", "nee le", "naissance", "fecha de nacimiento", "fecha nacimiento",
            "f nacimiento", "nacimiento",
            "дата рождения", "дата народження", "geburtsdatum", "data di nascita", "data de nascimento",
            "dogum tarihi", "تاریخ تولد", "تاريخ الميلاد", "出生日期", "生年月日")),
    NATIONALITY(FindingType.NATIONALITY, List.of(
            "nationality", "citizenship", "country of citizenship", "citizenship country", "country of nationality",
            "country of birth", "birth country", "nationalite", "pays de nationalite", "pays de naissance",
            "nacionalidad", "pais de nacionalidad", "pais de origen", "pais de nacimiento", "ciudadania",
            "гражданство", "национальность", "громадянство", "staatsangehorigkeit", "nazionalita", "nacionalidade",
            "uyruk", "ملیت", "تابعیت", "الجنسية", "国籍")),
    A_NUMBER(FindingType.US_A_NUMBER, List.of(
            "a number", "a no", "a#", "anumber", "alien number", "alien registration number", "alien no",
            "a file number", "uscis number", "numero a", "numero de extranjero")),
    SSN(FindingType.US_SSN, List.of(
            "ssn", "social security number", "social security no", "social security", "ss number", "soc sec no",
            "numero de seguro social", "seguro social")),
    PASSPORT(FindingType.PASSPORT_NUMBER, List.of(
            "passport", "passport number", "passport no", "passport num", "travel document number",
            "numero de passeport", "passeport", "pasaporte", "numero de pasaporte")),
    EMAIL(FindingType.EMAIL_ADDRESS, List.of(
            "email", "e mail", "email address", "e mail address", "mail", "courriel", "adresse electronique",
            "correo", "correo electronico")),
    PHONE(FindingType.PHONE_NUMBER, List.of(
            "phone", "telephone", "tel", "phone number", "telephone number", "mobile", "mobile number",
            "cell phone", "contact number", "telephone portable", "portable", "telefono", "celular", "movil")),
    IMMIGRATION_STATUS(FindingType.IMMIGRATION_STATUS, List.of(
            "immigration status", "case status", "case stage", "asylum status", "status of case", "claim status",
            "legal status", "visa status", "removal status", "case type", "statut", "statut administratif",
            "situation administrative", "estatus migratorio", "estado migratorio", "estado del caso",
            "situacion migratoria", "status")),
    DETENTION_LOCATION(FindingType.DETENTION_FACILITY, List.of(
            "detention facility", "facility", "facility name", "detention center", "detention centre",
            "detention location", "current facility", "holding facility", "aor facility", "prison", "place of detention",
            "centre de retention", "lieu de retention", "centro de detencion", "lugar de detencion")),
    ADDRESS(FindingType.POSTAL_ADDRESS, List.of(
            "address", "home address", "street address", "residential address", "address line 1", "residence",
            "adresse", "adresse postale", "domicile", "direccion", "domicilio")),
    HEALTH(FindingType.HEALTH_INFORMATION, List.of(
            "diagnosis", "medical condition", "health condition", "health", "disability", "medication", "illness",
            "medical", "diagnostic", "etat de sante", "handicap", "diagnostico", "condicion medica", "discapacidad")),
    FINANCIAL_ACCOUNT(FindingType.FINANCIAL_ACCOUNT, List.of(
            "bank account", "bank account number", "account number", "iban", "sort code", "routing number",
            "card number", "credit card", "numero de compte", "rib", "numero de cuenta", "cuenta bancaria"));

    private final FindingType findingType;
    private final List<String> headerPhrases;

    ColumnRole(FindingType findingType, List<String> headerPhrases) {
        this.findingType = findingType;
        this.headerPhrases = headerPhrases;
    }

    public FindingType findingType() {
        return findingType;
    }

    public List<String> headerPhrases() {
        return headerPhrases;
    }

    /** True for the three roles whose cells together make a person's name. */
    public boolean isName() {
        return findingType == FindingType.PERSON_NAME;
    }
}
