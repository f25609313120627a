package org.airlock.generator;

import java.util.List;
import java.util.Random;

/**
 * Latin-script name lists for origins where datafaker has no Latin-script names: its Persian and
 * Chinese lists are in native script only, and its Romanian-Moldovan list is too short and mixed.
 * The names are common given names and surnames; combinations are random, so no real person is
 * described.
 *
 * @param male    male given names
 * @param female  female given names
 * @param family  family names
 */
record TransliteratedNames(List<String> male, List<String> female, List<String> family) {

    static final TransliteratedNames IRANIAN = new TransliteratedNames(
            List.of("Mohammad", "Ali", "Hossein", "Reza", "Mehdi", "Amir", "Hamid", "Saeed", "Majid",
                    "Mostafa", "Javad", "Behrouz", "Dariush", "Kourosh", "Farhad", "Babak", "Arash",
                    "Omid", "Navid", "Peyman"),
            List.of("Fatemeh", "Zahra", "Maryam", "Narges", "Leila", "Shirin", "Parisa", "Mahsa",
                    "Nasrin", "Azadeh", "Elham", "Roya", "Samira", "Mina", "Niloufar", "Sara",
                    "Golnaz", "Farzaneh", "Shabnam", "Ziba"),
            List.of("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari",
                    "Rahimi", "Kazemi", "Ghorbani", "Sadeghi", "Heidari", "Mousavi", "Hashemi",
                    "Abbasi", "Najafi", "Rostami", "Ebrahimi", "Amini", "Tehrani", "Farahani",
                    "Shirazi", "Esfahani", "Bagheri", "Soltani"));

    static final TransliteratedNames AFGHAN = new TransliteratedNames(
            List.of("Ahmad", "Mohammad", "Abdul Rahim", "Karim", "Nasir", "Wahid", "Farid", "Jawad",
                    "Hamid", "Zabihullah", "Mirwais", "Habib", "Samiullah", "Najib", "Rahmatullah",
                    "Ajmal", "Khalid", "Sayed", "Bilal", "Abdul Qadir"),
            List.of("Fatima", "Zainab", "Mariam", "Parwana", "Nazia", "Shabana", "Farzana", "Malalai",
                    "Nilofar", "Roya", "Freshta", "Hadia", "Laila", "Sima", "Gulalai", "Khadija",
                    "Marzia", "Homa", "Mursal", "Zarghona"),
            List.of("Ahmadzai", "Popal", "Stanekzai", "Karimi", "Noori", "Rahimi", "Sultani",
                    "Hakimi", "Wardak", "Yousufzai", "Safi", "Mohammadi", "Sadat", "Haidari", "Qaderi",
                    "Amiri", "Rasuli", "Barakzai", "Durrani", "Jalali", "Niazi", "Zazai", "Hotak",
                    "Shinwari", "Mangal"));

    static final TransliteratedNames CHINESE = new TransliteratedNames(
            List.of("Wei", "Jun", "Hao", "Lei", "Qiang", "Yong", "Jie", "Tao", "Ming", "Chao", "Bo",
                    "Peng", "Hui", "Jian", "Zhiwei", "Haoran", "Yifan", "Zihao", "Jianguo", "Xiaolong"),
            List.of("Fang", "Jing", "Li", "Min", "Yan", "Juan", "Xiuying", "Na", "Ting", "Xia", "Hong",
                    "Lan", "Mei", "Ying", "Xiaomei", "Yuting", "Shuang", "Lijuan", "Qian", "Huimin"),
            List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
                    "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang",
                    "Xie", "Song", "Tang"));

    static final TransliteratedNames ROMANIAN = new TransliteratedNames(
            List.of("Andrei", "Alexandru", "Ion", "Mihai", "Gheorghe", "Constantin", "Florin",
                    "Marian", "Adrian", "Cristian", "Vasile", "Ionut", "Stefan", "Daniel", "Gabriel",
                    "Nicolae", "Dumitru", "Bogdan", "Sorin", "Lucian"),
            List.of("Maria", "Elena", "Ioana", "Andreea", "Ana", "Mihaela", "Gabriela", "Alexandra",
                    "Cristina", "Daniela", "Florentina", "Georgiana", "Ramona", "Simona", "Adriana",
                    "Roxana", "Alina", "Violeta", "Lavinia", "Denisa"),
            List.of("Popescu", "Ionescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica",
                    "Gheorghe", "Matei", "Ciobanu", "Rusu", "Munteanu", "Constantin", "Serban", "Dinu",
                    "Lungu", "Ene", "Moldovan", "Florea", "Nistor", "Tudor", "Dobre", "Barbu", "Neagu"));

    String given(boolean isMale, Random random) {
        List<String> names = isMale ? male : female;
        return names.get(random.nextInt(names.size()));
    }

    String familyName(Random random) {
        return family.get(random.nextInt(family.size()));
    }
}
