"""Deterministic synthetic news articles about diplomatic meetings, for benchmarks.

    python -m scripts.synthetic --count 10000 --out DIR [--seed 0] [--html-share 0.1] [--jobs N]

writes DIR/syn_000000.txt ... (and, for `--html-share` of them, saved pages DIR/syn_NNNNNN.html)
plus DIR/sources.csv (`file,url,outlet,published`). The same arguments always give
byte-identical files: every random choice comes from a `random.Random` (subclass) seeded with
a string derived from (seed, what is being made), never from the global generator or the
clock, and each article is a pure function of (seed, count, html share, its index), so
`--jobs` (worker processes) changes the speed and never the output.
`generate(out_dir, count, seed=0, html_share=0.1)` does the same from Python and returns the
number of article files written. Only the standard library is used.

What the corpus looks like, so that an extraction pipeline has real work to do:

* A cast of about 3,000 people, built from regional pools of given names and surnames
  (Pakistani, Indian, Afghan, Arabic, Persian, Chinese, Russian, Turkish, Central Asian, Anglo,
  French, German, Nigerian, Kenyan, Ethiopian, South African), each with a fixed country,
  organisation and role, a rank or title where the role has one (General, Lt-Gen, Ambassador,
  Dr, Mullah, Sheikh, ...), sometimes a Twitter handle, and spelling variants
  (Mohammad/Muhammad, Hamid/Hameed, Mahmood/Mehmood, Sergey/Sergei, Ozturk/Öztürk).
  People are introduced with a role or title before the name or an appositive after it, and
  later called by surname, title and surname, a role noun ("the army chief") or a pronoun.
* Stories, each a pure function of (seed, story key): a visit with one to three meetings
  (visitors, hosts, people accompanying the visitor, people also present), meetings on the
  sidelines of a conference, courtesy calls, or no meeting at all (telephone calls, briefings,
  planned and cancelled meetings). About 30% of the articles report a story shared with
  other articles, so one meeting is reported several times in different words and dates.
* House styles: wire datelines (Reuters, AP, APP, IANS, AFP, Xinhua, TASS), newspapers
  (Dawn, The Express Tribune, ... with "Published in Dawn, October 29th, 2019"), press
  releases ("Dated: ..."), TV websites with their boilerplate ("Also Read:", "Follow the ...
  Facebook page ...", "Load Next Story", photo captions, "Comments"), and saved HTML pages
  (og: metadata, canonical link, article:published_time or JSON-LD, nav, scripts, related
  links, footer, comments, tweet embeds).
* About one article in five cites tweets as bare status links after the paragraph quoting
  them; status IDs are valid snowflakes for the tweet's time.
* Publication dates over 2018-2023; relative dates in the text ("on Monday", "yesterday",
  "last week", "on March 8") are consistent with them. sources.csv dates about half of the
  files; the rest carry their date in the text or the HTML metadata, and a few carry none.

Memory stays flat: the cast is built once, stories are recomputed when needed, and each
article is written as soon as it is made.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import json
import os
import random
import re
import sys
import time
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path


class Random(random.Random):
    """random.Random whose helpers are built on random() alone.

    Several times faster than the library's choice/randrange (which draw bits in Python), and
    the corpus then depends only on the Mersenne Twister stream, not on how a given Python
    version implements choice, shuffle or sample. Seeded with strings such as "0:article:17"."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randrange(self, start, stop=None):
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))

    def shuffle(self, x):
        rnd = self.random
        for i in range(len(x) - 1, 0, -1):
            j = int(rnd() * (i + 1))
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k):
        pool = list(population)
        rnd, n = self.random, len(pool)
        for i in range(k):
            j = i + int(rnd() * (n - i))
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]

    def choices(self, population, weights=None, k=1):
        if weights is None:
            return [self.choice(population) for _ in range(k)]
        cumulative = list(itertools.accumulate(weights))
        total, hi = cumulative[-1], len(cumulative) - 1
        return [population[bisect.bisect(cumulative, self.random() * total, 0, hi)] for _ in range(k)]

TWITTER_EPOCH_MS = 1288834974657
FIRST_DAY = date(2018, 1, 1)
LAST_DAY = date(2023, 12, 31)
CAST_SIZE = 3000
SHARED_STORY_SHARE = 0.32  # share of articles reporting a story that other articles also report

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


# ====================================================================== name pools
# Names are space-separated; an underscore joins a multi-word given name ("Abdul_Ghani").

def _words(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


REGIONS = {
    "pakistani": dict(
        male=_words("Muhammad Mohammad Ahmed Ali Asad Asim Bilal Faisal Farhan Fawad Hamid Haris Imtiaz Javed "
                    "Kamran Khalid Nadeem Naveed Omar Qamar Raheel Sajid Shahid Shahzad Sohail Tahir Tariq Usman "
                    "Waqar Zahid Zubair Moeed Sadiq Mahmood Junaid Aamir Babar Saqib Rizwan Adnan Shafqat Azhar "
                    "Nauman Arif Mansoor Shah_Mahmood Ehsan Yasir Jalil Khurram"),
        female=_words("Hina Shireen Maleeha Ayesha Sania Zartaj Fatima Nighat Mehreen Asma Tehmina Sadia Rubina "
                      "Nazia Samina"),
        middle=_words("Javed Ahmed Ali Hussain Mahmood Iqbal Aslam Akram Nawaz Rauf Saeed Anwar Shah Abbas "
                      "Latif Hayat Aziz"),
        middle_p=0.35,
        surname=_words("Qureshi Malik Chaudhry Abbasi Hussain Iqbal Butt Sheikh Raza Mirza Siddiqui Anjum Akhtar "
                       "Hayat Rana Gondal Yusuf Afridi Durrani Niazi Jamali Leghari Khokhar Cheema Bhatti Warraich "
                       "Tarar Awan Gilani Khattak Marwat Baloch Memon Soomro Shaikh Haider Rizvi Naqvi Jafri "
                       "Bokhari Sethi Lodhi Janjua Kiani Aziz Khan Hameed Mahmood Sadiq Tiwana Wattoo Paracha"),
    ),
    "indian": dict(
        male=_words("Rajesh Sanjay Vikram Ajit Harsh Anil Sunil Amit Rahul Pradeep Arun Manoj Vijay Ashok "
                    "Gaurav Anurag Raghav Vikas Deepak Srinivas Arindam Piyush Nitin Sudhir Rakesh Naveen "
                    "Kiran Mohan Suresh Ramesh"),
        female=_words("Priya Nirupama Meenakshi Anjali Ruchira Sunita Kavita Lakshmi Shobha Pooja Smita"),
        middle=_words("Kumar Prasad Nath Chandra Mohan Lal"),
        middle_p=0.2,
        surname=_words("Sharma Verma Gupta Menon Nair Kumar Singh Reddy Iyer Rao Mehta Patel Bagchi Chatterjee "
                       "Mishra Joshi Kapoor Malhotra Saxena Pillai Banerjee Das Bhatia Trivedi Pandey Chauhan "
                       "Desai Kulkarni Sinha Tiwari Agarwal Bose Krishnan Mukherjee Naidu"),
    ),
    "afghan": dict(
        male=_words("Abdul_Ghani Abdul_Salam Abdul_Haq Abdul_Wahid Abdul_Kabir Hamdullah Ashraf Amrullah Hanif "
                    "Rahmatullah Sediq Zabihullah Suhail Sher Abbas Mohammad Ghulam Nasir Mujib Hekmat Atta "
                    "Khalil Amir Naser Hamid Rangin Masoom Nader Wahid Yunus Qasim Asadullah Fazal Shahabuddin "
                    "Anas Nooruddin Inamullah Ahmad Hafiz Matiullah Khairullah Najibullah Shir Gul Aziz"),
        female=_words("Fawzia Habiba Sima Roshan Shukria Nargis Adela Fatima Zarifa Nilofar"),
        middle=_words("Mohammad Ahmad Gul Jan Khan Abbas Sharif Haq"),
        middle_p=0.3,
        surname=_words("Atmar Mohib Saleh Stanekzai Shaheen Mujahid Popal Rahmani Sadat Wardak Zakhilwal Muttaqi "
                       "Nabil Amarkhail Mohmand Jalali Ahmadzai Ghairat Sultani Arsala Spanta Naderi Hashimi "
                       "Barakzai Noorzai Alokozay Hotak Kakar Safi Andarabi Danish Rasooli Faizi Qaderi Zadran "
                       "Baheer Hanafi Akhund Karimi Samadi Omari Kabuli Herawi Wasiq Balkhi"),
    ),
    "arabic": dict(
        male=_words("Mohammed Abdullah Khalid Faisal Sultan Hamad Nasser Ahmed Majed Salem Youssef Omar Adel "
                    "Saud Tariq Ibrahim Mutlaq Jassim Fahad Bandar Anwar Sameh Rashid Hamdan Saif Waleed Ali"),
        female=_words("Lolwah Reem Noura Maryam Hind Amal Lubna"),
        middle=_words("bin_Abdulrahman bin_Hamad bin_Salman bin_Zayed bin_Abdullah bin_Jassim bin_Khalifa "
                      "bin_Nasser"),
        middle_p=0.25,
        surname=_words("Al-Thani Al-Khulaifi Al-Qahtani Al-Otaibi Al-Kuwari Al-Ansari Al-Marri Al-Mansouri "
                       "Al-Dosari Al-Shamsi Al-Nuaimi Al-Hashimi Al-Sayed Haddad Mansour Hegazy Abdelaty Farouk "
                       "Al-Mutairi Al-Shehhi Al-Jaber Al-Sulaiti Al-Hajri Al-Ghamdi Ezzat Fahmy Al-Zaabi "
                       "Al-Muhairi Al-Harbi Al-Rumaihi"),
    ),
    "persian": dict(
        male=_words("Mohammad Javad Hassan Ali Abbas Kazem Hossein Saeed Mahmoud Reza Majid Hamid Mehdi "
                    "Alireza Nasser Bahram Mojtaba Amir Kamal Davood"),
        female=_words("Masoumeh Zahra Leila Fatemeh Maryam"),
        middle=_words("Reza Ali Hossein Mohammad"),
        middle_p=0.15,
        surname=_words("Mousavi Hosseini Kazemi Rahimi Shariati Bahrami Tehrani Ahmadi Jafari Karimi Moradi "
                       "Rezaei Sadeghi Mohammadi Ghasemi Nazari Heidari Salehi Kiani Amiri Rostami Farahani "
                       "Ansari Bagheri Hashemi Najafi Qomi Ebrahimi Golestani Shirazi"),
    ),
    "chinese": dict(
        male=_words("Yi Wei Lijian Wenbin Xiaodong Jianguo Yong Jun Hong Xuejun Nong Zhaohui Qiang Gang Ming "
                    "Tao Lei Bin Yuxiao Zhiyong Jianchao Kun Bo Peng Haitao Xiaoming Zhengyu Dawei"),
        female=_words("Chunying Ning Jing Yan Fang Hui Mei Xiaoyan Lan"),
        middle=[], middle_p=0.0, order="eastern",
        surname=_words("Wang Zhang Li Zhao Chen Liu Yang Huang Sun Zhou Wu Xu Hu Guo Lin Yue He Ma Luo Zheng "
                       "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye "
                       "Cheng Su Lu Ding Ren Shen Yao Cui Qin Kong"),
    ),
    "russian": dict(
        male=_words("Sergey Dmitry Alexander Andrei Nikolai Vladimir Mikhail Igor Alexei Yuri Oleg Pavel "
                    "Viktor Anatoly Konstantin Maxim Roman Vasily Boris Ivan Grigory Denis Artyom"),
        female=_words("Maria Yelena Natalia Olga Svetlana Anna Tatiana Irina"),
        middle=[], middle_p=0.0, feminine="slavic",
        surname=_words("Ivanov Petrov Volkov Sokolov Orlov Kuznetsov Smirnov Popov Vasiliev Novikov Fedorov "
                       "Mikhailov Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Zaitsev Lebedev Kozlov "
                       "Stepanov Nikolaev Makarov Belov Tarasov Gromov Romanov Frolov Kiselyov Yakovlev Sorokin "
                       "Polyakov Danilov Zhukov"),
    ),
    "turkish": dict(
        male=_words("Hakan Ibrahim Ismail Ahmet Mehmet Cihad Fatih Omer Selim Mustafa Murat Kemal Yusuf Emre "
                    "Burak Serdar Tolga Levent Cem Volkan Erdal Sedat"),
        female=_words("Emine Ayse Zeynep Elif Fatma Derya"),
        middle=[], middle_p=0.0,
        surname=_words("Yilmaz Demir Celik Kaya Sahin Ozturk Aydin Arslan Erdem Dogan Kilic Aslan Cetin Kara "
                       "Kurt Ozdemir Polat Yildiz Yildirim Aksoy Tekin Gunes Bulut Korkmaz Ozkan Simsek Karaca "
                       "Unal Onal Tas"),
    ),
    "central_asian": dict(
        male=_words("Abdulaziz Shavkat Sirojiddin Bakhtiyor Rustam Jamshid Dilshod Mukhtar Erlan Nurlan Timur "
                    "Ulugbek Sardor Bakhodir Askar Yerzhan Daniyar Farrukh Zafar Aziz Ismatullo Bakhrom"),
        female=_words("Gulnara Dilnoza Aigerim Malika Nodira Saule"),
        middle=[], middle_p=0.0, feminine="slavic",
        surname=_words("Saidov Karimov Yusupov Rakhimov Nazarov Aliyev Ismoilov Tursunov Nurmatov Abdullaev "
                       "Umarov Sultanov Akhmedov Khodjaev Mirzaev Rasulov Zhakupov Baimukhanov Tokhtarov "
                       "Kasymov Sharipov Mahmudov Rahmonov Davlatov Sadykov Azimov"),
    ),
    "anglo": dict(
        male=_words("John Michael David James Robert Thomas Mark Richard Christopher Daniel Matthew Andrew Paul "
                    "Stephen Kenneth Peter George William Brian Kevin Jonathan Ross Ned Austin Scott Lloyd "
                    "Nicholas Dominic Simon Philip Gregory Timothy"),
        female=_words("Alice Elizabeth Sarah Laurel Jennifer Karen Susan Emily Rebecca Victoria Wendy Catherine "
                      "Melissa Julia"),
        middle=_words("A. J. R. W. S. M. E. T."),
        middle_p=0.15,
        surname=_words("Smith Miller Wilson Johnson Brown Taylor Wells Price Thomas Harris Clarke Walker Hughes "
                       "Morgan Lewis Baker Turner Campbell Reeves Sullivan Carter Mitchell Roberts Phillips Evans "
                       "Edwards Collins Stewart Murphy Cook Rogers Bell Ward Cox Richardson Wood Watson Brooks "
                       "Bennett Gray Hayes Myers Ford Hamilton Graham Wallace West Cole Fisher Gordon Shaw "
                       "Holmes Rice Hunt Black Palmer Mills Warren Fox Rose Stone Hawkins Dunn Perkins Hudson "
                       "Spencer"),
    ),
    "french": dict(
        male=_words("Jean Pierre François Emmanuel Louis Nicolas Philippe Olivier Laurent Jean-Yves Bruno "
                    "Thierry Étienne Benoît Didier Hervé"),
        female=_words("Marie Claire Camille Isabelle Catherine Sophie Anne Florence Élisabeth"),
        middle=[], middle_p=0.0,
        surname=_words("Dubois Martin Bernard Lefebvre Moreau Laurent Girard Bonnet Fontaine Rousseau Mercier "
                       "Chevalier Lambert Faure Blanc Guérin Henry Roussel Perrin Morel Fournier Dupont Lemoine "
                       "Garnier Le_Gall Le_Roux Delacroix Marchand"),
    ),
    "german": dict(
        male=_words("Markus Jan Thomas Stefan Andreas Wolfgang Klaus Jürgen Matthias Tobias Niels Peter Frank "
                    "Martin Christoph"),
        female=_words("Sabine Katrin Ursula Petra Julia Anke Susanne"),
        middle=[], middle_p=0.0,
        surname=_words("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
                       "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Hartmann Krüger Lange Werner Vogel"),
    ),
    "nigerian": dict(
        male=_words("Oluwaseun Chinedu Emeka Adebayo Babatunde Ibrahim Musa Abubakar Tunde Olusegun Chukwuma"),
        female=_words("Ngozi Funmilayo Amina Chiamaka Aisha"),
        middle=[], middle_p=0.0,
        surname=_words("Okafor Adeyemi Okonkwo Eze Balogun Adebanjo Bello Danjuma Obi Nwosu Ogunleye Abubakar "
                       "Yusuf Lawal Ojo"),
    ),
    "kenyan": dict(
        male=_words("Kamau Otieno Njoroge Kiprop Wafula Ochieng Mutua Kipchoge Macharia"),
        female=_words("Wanjiru Achieng Wambui Njeri Akinyi"),
        middle=[], middle_p=0.0,
        surname=_words("Odhiambo Mwangi Njoroge Kiprop Wafula Omondi Kariuki Mutua Kimani Otieno Chege Ruto"),
    ),
    "ethiopian": dict(
        male=_words("Abebe Tesfaye Demeke Redwan Gedion Dawit Yonas Mesfin Getachew"),
        female=_words("Hirut Meaza Tsion Selamawit"),
        middle=[], middle_p=0.0,
        surname=_words("Girma Bekele Hailu Alemu Tadesse Mekonnen Wolde Kebede Assefa Tesfaye Desta Gebre"),
    ),
    "south_african": dict(
        male=_words("Thabo Sipho Themba Bongani Mandla Pieter Johan Sibusiso"),
        female=_words("Naledi Lindiwe Nomvula Thandi Zanele"),
        middle=[], middle_p=0.0,
        surname=_words("Dlamini Nkosi Ndlovu Khumalo Mokoena Mahlangu Botha Van_der_Merwe Naidoo Pillay "
                       "Molefe Zulu"),
    ),
}

# Spelling variants a later article (or a careless one) may use.
VARIANTS = {
    "Mohammad": ["Muhammad", "Mohammed"], "Muhammad": ["Mohammad"], "Mohammed": ["Muhammad", "Mohamed"],
    "Hamid": ["Hameed"], "Hameed": ["Hamid"], "Mahmood": ["Mehmood", "Mahmud"], "Mehmood": ["Mahmood"],
    "Shah Mahmood": ["Shah Mehmood"], "Yusuf": ["Yousaf", "Yousuf"], "Ahmed": ["Ahmad"], "Ahmad": ["Ahmed"],
    "Hussain": ["Hussein", "Husain"], "Chaudhry": ["Chaudhary"], "Sohail": ["Suhail"], "Suhail": ["Sohail"],
    "Usman": ["Osman"], "Sadiq": ["Siddique"], "Qureshi": ["Qurashi"], "Rahmatullah": ["Rahmatulla"],
    "Zabihullah": ["Zabiullah"], "Mujib": ["Mujeeb"], "Naser": ["Nasir"], "Nooruddin": ["Nuruddin"],
    "Stanekzai": ["Stanikzai"], "Hossein": ["Hussein"], "Mahmoud": ["Mahmood"], "Javad": ["Jawad"],
    "Youssef": ["Yousef"], "Nasser": ["Nasir"], "Sergey": ["Sergei"], "Dmitry": ["Dmitri"], "Alexei": ["Alexey"],
    "Yuri": ["Yury"], "Andrei": ["Andrey"], "Kiselyov": ["Kiselev"], "Vorobyov": ["Vorobiev"],
    "Yelena": ["Elena"], "Natalia": ["Natalya"], "Abdullaev": ["Abdullayev"], "Aliyev": ["Aliev"],
    "Mirzaev": ["Mirzayev"], "Ozturk": ["Öztürk"], "Celik": ["Çelik"], "Sahin": ["Şahin"], "Ozdemir": ["Özdemir"],
    "Dogan": ["Doğan"], "Kilic": ["Kılıç"], "Yildiz": ["Yıldız"], "Yildirim": ["Yıldırım"], "Cetin": ["Çetin"],
    "Mehmet": ["Mehmed"], "Omer": ["Ömer"], "Ayse": ["Ayşe"], "François": ["Francois"], "Étienne": ["Etienne"],
    "Benoît": ["Benoit"], "Guérin": ["Guerin"], "Élisabeth": ["Elisabeth"], "Hervé": ["Herve"],
    "Müller": ["Mueller"], "Schröder": ["Schroeder"], "Krüger": ["Krueger"], "Jürgen": ["Juergen"],
    "Abdul Ghani": ["Abdulghani"], "Abdul Salam": ["Abdussalam"], "Shireen": ["Shirin"], "Ayesha": ["Aisha"],
}

# Real people whose names the pools could produce: never generate them.
EXCLUDED_NAMES = {
    "Imran Khan", "Ashraf Ghani", "Shah Mahmood Qureshi", "Ali Sadiq", "Mohammad Sadiq", "Muhammad Sadiq",
    "Asad Qureshi", "Wang Yi", "Li Qiang", "Zhao Lijian", "Wang Wenbin", "Yue Xiaoyong", "Hua Chunying",
    "Sergey Lavrov", "Mohammad Hanif Atmar", "Amrullah Saleh", "Hamdullah Mohib", "Zabihullah Mujahid",
    "Suhail Shaheen", "Abdul Ghani Baradar", "Amir Khan Muttaqi", "Faiz Hameed", "Qamar Javed Bajwa",
    "Moeed Yusuf", "Hina Rabbani Khar", "Shireen Mazari", "Fawad Chaudhry", "John Smith", "David Miller",
    "Mark Turner", "Mohammed Al-Thani", "Abdullah Abdullah", "Javad Zarif", "Hassan Rouhani",
}


# ====================================================================== countries

def _c(**fields):
    fields.setdefault("poss", None)
    fields.setdefault("head_state", "President")
    fields.setdefault("head_gov", None)
    fields.setdefault("fm", "Foreign Minister")
    fields.setdefault("fs", "Deputy Foreign Minister")
    fields.setdefault("mofa", "Ministry of Foreign Affairs")
    fields.setdefault("mofa_short", "Foreign Ministry")
    fields.setdefault("army", None)
    fields.setdefault("intel", None)
    fields.setdefault("envoy", None)
    fields.setdefault("nsa", None)
    fields.setdefault("defence", "Defence Minister")
    fields.setdefault("interior", "Interior Minister")
    fields.setdefault("legislators", ["member of parliament"])
    fields.setdefault("provinces", [])
    fields.setdefault("commonwealth", False)
    fields.setdefault("handle", None)
    fields.setdefault("minister_for", "Minister of")
    return fields


COUNTRIES = {
    "PK": _c(name="Pakistan", the="Pakistan", adj="Pakistani", poss="Pakistan's", capital="Islamabad",
             cities=["Islamabad", "Rawalpindi", "Lahore", "Karachi", "Peshawar"], region="pakistani", quota=460,
             weight=26, head_gov="Prime Minister", fs="Foreign Secretary", mofa_short="Foreign Office",
             army=("Chief of Army Staff", "Pakistan Army", "gen"),
             intel=("Director General of Inter-Services Intelligence", "Inter-Services Intelligence", "ltgen"),
             envoy="Special Representative for Afghanistan", nsa="National Security Adviser",
             legislators=["member of the National Assembly", "Senator"], minister_for="Minister for",
             provinces=["Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan"],
             commonwealth=True, handle="ForeignOfficePk", tz="+05:00", country_code="pk"),
    "AF": _c(name="Afghanistan", the="Afghanistan", adj="Afghan", poss="Afghanistan's", capital="Kabul",
             cities=["Kabul", "Kandahar", "Herat", "Mazar-i-Sharif", "Jalalabad"], region="afghan", quota=330,
             weight=20, head_gov="Chief Executive",
             army=("Chief of General Staff", "Afghan National Army", "gen"),
             intel=("Director of the National Directorate of Security", "National Directorate of Security", None),
             envoy="Chairman of the High Council for National Reconciliation", nsa="National Security Adviser",
             legislators=["member of the Wolesi Jirga", "senator"],
             provinces=["Kandahar", "Herat", "Nangarhar", "Balkh", "Kunduz", "Helmand", "Paktia", "Khost"],
             handle="MoFAfghanistan", tz="+04:30", country_code="af"),
    "TB": _c(name="the Taliban", the="the Taliban", adj="Taliban", poss="the Taliban's", capital="Doha",
             cities=["Doha"], region="afghan", quota=80, weight=5, head_state=None, fm=None, fs=None,
             defence=None, interior=None, legislators=[], handle=None, tz="+03:00", country_code="af",
             nationality="Afghanistan"),
    "US": _c(name="the United States", the="the United States", adj="US", poss="Washington's", poss_role=None,
             capital="Washington", cities=["Washington", "New York"], region="anglo", quota=300, weight=15,
             fm="Secretary of State", fs="Deputy Secretary of State", mofa="State Department",
             mofa_short="State Department", army=("Commander of US Central Command", "US Central Command", "gen"),
             intel=("Director of the Central Intelligence Agency", "Central Intelligence Agency", None),
             envoy="Special Representative for Afghanistan Reconciliation", nsa="National Security Adviser",
             defence="Secretary of Defense", interior=None, legislators=["Senator", "Congressman"],
             handle="StateDept", tz="-05:00", country_code="us"),
    "CN": _c(name="China", the="China", adj="Chinese", poss="China's", capital="Beijing",
             cities=["Beijing", "Shanghai", "Urumqi"], region="chinese", quota=200, weight=8, head_gov="Premier",
             fs="Vice Foreign Minister", army=("Chief of the Joint Staff Department", "People's Liberation Army", "gen"),
             intel=("Minister of State Security", "Ministry of State Security", None),
             envoy="Special Envoy for Afghan Affairs", interior="Minister of Public Security",
             legislators=["deputy to the National People's Congress"], handle="MFA_China", tz="+08:00",
             country_code="cn"),
    "RU": _c(name="Russia", the="Russia", adj="Russian", poss="Russia's", capital="Moscow",
             cities=["Moscow", "Sochi", "St Petersburg"], region="russian", quota=160, weight=6,
             head_gov="Prime Minister", army=("Chief of the General Staff", "Russian Armed Forces", "gen"),
             intel=("Director of the Foreign Intelligence Service", "Foreign Intelligence Service", None),
             envoy="Presidential Envoy for Afghanistan", nsa="Secretary of the Security Council",
             legislators=["member of the State Duma"], handle="mfa_russia", tz="+03:00", country_code="ru"),
    "QA": _c(name="Qatar", the="Qatar", adj="Qatari", poss="Qatar's", capital="Doha", cities=["Doha"],
             region="arabic", quota=100, weight=6, head_state=None, head_gov="Prime Minister",
             fm="Deputy Prime Minister and Foreign Minister", fs="Minister of State for Foreign Affairs",
             envoy="Special Envoy for Counterterrorism and Mediation in Conflict Resolution",
             army=("Chief of Staff of the Qatar Armed Forces", "Qatar Armed Forces", "gen"),
             handle="MofaQatar_EN", tz="+03:00", country_code="qa"),
    "IR": _c(name="Iran", the="Iran", adj="Iranian", poss="Iran's", capital="Tehran", cities=["Tehran", "Mashhad"],
             region="persian", quota=120, weight=4, envoy="Special Envoy for Afghanistan",
             army=("Chief of Staff of the Armed Forces", "Iranian Armed Forces", "gen"),
             nsa="Secretary of the Supreme National Security Council", legislators=["member of the Majlis"],
             handle="IRIMFA_EN", tz="+03:30", country_code="ir"),
    "TR": _c(name="Turkey", the="Turkey", adj="Turkish", poss="Turkey's", capital="Ankara",
             cities=["Ankara", "Istanbul", "Antalya"], region="turkish", quota=120, weight=4,
             army=("Chief of General Staff", "Turkish Armed Forces", "gen"),
             intel=("Director of the National Intelligence Organisation", "National Intelligence Organisation", None),
             envoy="Special Envoy for Afghanistan", handle="TC_Disisleri", tz="+03:00", country_code="tr"),
    "IN": _c(name="India", the="India", adj="Indian", poss="India's", capital="New Delhi",
             cities=["New Delhi", "Mumbai"], region="indian", quota=180, weight=4, head_gov="Prime Minister",
             fm="External Affairs Minister", fs="Foreign Secretary", mofa="Ministry of External Affairs",
             mofa_short="MEA", army=("Chief of Army Staff", "Indian Army", "gen"),
             intel=("Secretary of the Research and Analysis Wing", "Research and Analysis Wing", None),
             envoy="Joint Secretary (Pakistan-Afghanistan-Iran)", nsa="National Security Adviser",
             interior="Home Minister", legislators=["member of the Lok Sabha", "member of the Rajya Sabha"],
             provinces=["Punjab", "Kerala", "Gujarat", "Assam"], commonwealth=True, handle="MEAIndia",
             tz="+05:30", country_code="in"),
    "UZ": _c(name="Uzbekistan", the="Uzbekistan", adj="Uzbek", poss="Uzbekistan's", capital="Tashkent",
             cities=["Tashkent", "Samarkand", "Termez"], region="central_asian", quota=90, weight=3,
             envoy="Special Representative of the President for Afghanistan",
             army=("Chief of the General Staff", "Armed Forces of Uzbekistan", "gen"),
             handle="MFA_Uzbekistan", tz="+05:00", country_code="uz"),
    "GB": _c(name="the United Kingdom", the="the United Kingdom", adj="British", poss="Britain's", capital="London",
             cities=["London"], region="anglo", quota=110, weight=3, head_state=None, head_gov="Prime Minister",
             fm="Foreign Secretary", fs="Minister for South Asia",
             mofa="Foreign, Commonwealth and Development Office", mofa_short="Foreign Office",
             army=("Chief of the Defence Staff", "British Armed Forces", "gen"),
             intel=("Chief of the Secret Intelligence Service", "Secret Intelligence Service", None),
             envoy="Prime Minister's Special Envoy for Afghanistan", nsa="National Security Adviser",
             defence="Defence Secretary", interior="Home Secretary", legislators=["member of parliament"],
             commonwealth=True, handle="FCDOGovUK", tz="+00:00", country_code="gb"),
    "SA": _c(name="Saudi Arabia", the="Saudi Arabia", adj="Saudi", poss="Saudi Arabia's", capital="Riyadh",
             cities=["Riyadh", "Jeddah"], region="arabic", quota=70, weight=2, head_state=None,
             fs="Minister of State for Foreign Affairs", army=("Chief of the General Staff", "Saudi Armed Forces", "gen"),
             legislators=["member of the Shura Council"], handle="KSAMOFA", tz="+03:00", country_code="sa"),
    "AE": _c(name="the United Arab Emirates", the="the United Arab Emirates", adj="Emirati", poss="the UAE's",
             capital="Abu Dhabi", cities=["Abu Dhabi", "Dubai"], region="arabic", quota=60, weight=2,
             head_state=None, fs="Minister of State", legislators=["member of the Federal National Council"],
             handle="MoFAICUAE", tz="+04:00", country_code="ae"),
    "FR": _c(name="France", the="France", adj="French", poss="France's", capital="Paris", cities=["Paris"],
             region="french", quota=70, weight=1, head_gov="Prime Minister", fm="Minister for Europe and Foreign Affairs",
             fs="Secretary-General of the Foreign Ministry", army=("Chief of the Defence Staff", "French Armed Forces", "gen"),
             envoy="Special Envoy for Afghanistan and Pakistan", defence="Minister of the Armed Forces",
             legislators=["member of the National Assembly", "senator"], handle="francediplo_EN", tz="+01:00",
             country_code="fr"),
    "DE": _c(name="Germany", the="Germany", adj="German", poss="Germany's", capital="Berlin", cities=["Berlin"],
             region="german", quota=70, weight=1, head_state="Federal President", head_gov="Chancellor",
             fs="Minister of State at the Federal Foreign Office", mofa="Federal Foreign Office",
             mofa_short="Federal Foreign Office", envoy="Special Representative for Afghanistan and Pakistan",
             legislators=["member of the Bundestag"], handle="GermanyDiplo", tz="+01:00", country_code="de"),
    "EG": _c(name="Egypt", the="Egypt", adj="Egyptian", poss="Egypt's", capital="Cairo", cities=["Cairo"],
             region="arabic", quota=60, weight=1, head_gov="Prime Minister", legislators=["member of the House of Representatives"],
             handle="MfaEgypt", tz="+02:00", country_code="eg"),
    "TJ": _c(name="Tajikistan", the="Tajikistan", adj="Tajik", poss="Tajikistan's", capital="Dushanbe",
             cities=["Dushanbe"], region="central_asian", quota=50, weight=1, tz="+05:00", country_code="tj"),
    "KZ": _c(name="Kazakhstan", the="Kazakhstan", adj="Kazakh", poss="Kazakhstan's", capital="Astana",
             cities=["Astana", "Almaty"], region="central_asian", quota=50, weight=1, head_gov="Prime Minister",
             tz="+06:00", country_code="kz"),
    "NG": _c(name="Nigeria", the="Nigeria", adj="Nigerian", poss="Nigeria's", capital="Abuja", cities=["Abuja", "Lagos"],
             region="nigerian", quota=50, weight=1, commonwealth=True, legislators=["senator"], tz="+01:00",
             country_code="ng"),
    "KE": _c(name="Kenya", the="Kenya", adj="Kenyan", poss="Kenya's", capital="Nairobi", cities=["Nairobi", "Mombasa"],
             region="kenyan", quota=50, weight=1, fm="Cabinet Secretary for Foreign Affairs", commonwealth=True,
             tz="+03:00", country_code="ke"),
    "ET": _c(name="Ethiopia", the="Ethiopia", adj="Ethiopian", poss="Ethiopia's", capital="Addis Ababa",
             cities=["Addis Ababa"], region="ethiopian", quota=50, weight=1, head_state=None, head_gov="Prime Minister",
             tz="+03:00", country_code="et"),
    "ZA": _c(name="South Africa", the="South Africa", adj="South African", poss="South Africa's", capital="Pretoria",
             cities=["Pretoria", "Johannesburg", "Cape Town"], region="south_african", quota=50, weight=1,
             fm="Minister of International Relations and Cooperation", commonwealth=True, tz="+02:00",
             country_code="za"),
}
NATIONS = [k for k in COUNTRIES if k != "TB"]  # countries that host visits and have embassies

# Places that host meetings without being anyone's country here.
EXTRA_CITIES = {"Geneva": "Switzerland", "Brussels": "Belgium", "Antalya": "Turkey"}

# (venue, city it implies) by country and the role key of the host; None: no venue named.
VENUES = {
    "PK": {"head_gov": [("the Prime Minister's Office", "Islamabad"), ("the PM House", "Islamabad"), ("the PM Office", "Islamabad")],
           "head_state": [("the Aiwan-e-Sadr", "Islamabad"), ("the President House", "Islamabad")],
           "army": [("the General Headquarters (GHQ)", "Rawalpindi"), ("GHQ", "Rawalpindi"), ("the General Headquarters", "Rawalpindi")],
           "intel": [("the ISI headquarters", "Islamabad"), ("GHQ", "Rawalpindi")],
           "fm": [("the Foreign Office", "Islamabad"), ("the Ministry of Foreign Affairs", "Islamabad")],
           "fs": [("the Foreign Office", "Islamabad")], "envoy": [("the Foreign Office", "Islamabad")],
           "interior": [("the Ministry of Interior", "Islamabad")], "_": [("the Parliament House", "Islamabad"), (None, "Islamabad")]},
    "AF": {"head_state": [("the Presidential Palace", "Kabul"), ("the Arg", "Kabul"), ("the Presidential Palace (Arg)", "Kabul")],
           "head_gov": [("the Sapidar Palace", "Kabul")], "fm": [("the Ministry of Foreign Affairs", "Kabul")],
           "envoy": [("the Sapidar Palace", "Kabul")], "_": [(None, "Kabul")]},
    "TB": {"_": [("the Taliban's political office", "Doha"), ("the Taliban political office in Doha", "Doha"), (None, "Doha")]},
    "US": {"head_state": [("the White House", "Washington"), ("the Oval Office", "Washington")],
           "nsa": [("the White House", "Washington")], "fm": [("the State Department", "Washington")],
           "fs": [("the State Department", "Washington")], "envoy": [("the State Department", "Washington")],
           "defence": [("the Pentagon", "Washington")], "army": [("the Pentagon", "Washington")], "_": [(None, "Washington")]},
    "CN": {"head_state": [("the Great Hall of the People", "Beijing")], "head_gov": [("the Great Hall of the People", "Beijing")],
           "fm": [("the Diaoyutai State Guesthouse", "Beijing"), ("the Chinese Foreign Ministry", "Beijing")], "_": [(None, "Beijing")]},
    "RU": {"head_state": [("the Kremlin", "Moscow")], "fm": [("the Russian Foreign Ministry", "Moscow"), ("the Osobnyak guest house", "Moscow")],
           "_": [(None, "Moscow")]},
    "QA": {"head_gov": [("the Diwan Amiri", "Doha")], "fm": [("the Qatari Foreign Ministry", "Doha")], "_": [(None, "Doha")]},
    "IR": {"head_state": [("the Saadabad Palace", "Tehran")], "fm": [("the Iranian Foreign Ministry", "Tehran")], "_": [(None, "Tehran")]},
    "TR": {"head_state": [("the Presidential Complex", "Ankara")], "fm": [("the Turkish Foreign Ministry", "Ankara")], "_": [(None, "Ankara")]},
    "IN": {"head_gov": [("Hyderabad House", "New Delhi")], "head_state": [("Rashtrapati Bhavan", "New Delhi")],
           "fm": [("Hyderabad House", "New Delhi"), ("Jawaharlal Nehru Bhawan", "New Delhi")], "army": [("South Block", "New Delhi")],
           "_": [(None, "New Delhi")]},
    "UZ": {"head_state": [("the Kuksaroy residence", "Tashkent")], "fm": [("the Uzbek Foreign Ministry", "Tashkent")], "_": [(None, "Tashkent")]},
    "GB": {"head_gov": [("10 Downing Street", "London")], "fm": [("the Foreign Office", "London"), ("Lancaster House", "London")], "_": [(None, "London")]},
    "FR": {"head_state": [("the Élysée Palace", "Paris")], "fm": [("the Quai d'Orsay", "Paris")], "_": [(None, "Paris")]},
    "DE": {"head_gov": [("the Chancellery", "Berlin")], "fm": [("the Federal Foreign Office", "Berlin")], "_": [(None, "Berlin")]},
    "KE": {"head_state": [("State House", "Nairobi")]}, "ZA": {"head_state": [("the Union Buildings", "Pretoria")]},
    "SA": {"fm": [("Al-Yamamah Palace", "Riyadh")]}, "AE": {"fm": [("Qasr Al Watan", "Abu Dhabi")]},
}

CONFERENCES = [
    ("the Moscow Format consultations on Afghanistan", "Moscow", "the President-Hotel", None, None),
    ("the Heart of Asia-Istanbul Process ministerial conference", "Dushanbe", None, None, None),
    ("the Heart of Asia-Istanbul Process ministerial conference", "Istanbul", None, None, None),
    ("the Tashkent conference on Central and South Asia connectivity", "Tashkent", "the Congress Hall", date(2021, 7, 1), date(2021, 7, 31)),
    ("the Shanghai Cooperation Organisation Council of Foreign Ministers", "Tashkent", None, None, None),
    ("the Shanghai Cooperation Organisation summit", "Samarkand", None, date(2022, 9, 1), date(2022, 9, 30)),
    ("the UN General Assembly session", "New York", "the UN headquarters", None, None),
    ("the Geneva Conference on Afghanistan", "Geneva", "the Palais des Nations", date(2020, 11, 1), date(2020, 11, 30)),
    ("the Human Rights Council session", "Geneva", "the Palais des Nations", None, None),
    ("the Troika Plus meeting", "Islamabad", None, date(2021, 3, 1), date(2021, 12, 31)),
    ("the OIC Council of Foreign Ministers", "Islamabad", "the Parliament House", None, None),
    ("the intra-Afghan negotiations", "Doha", "the Sheraton Hotel", date(2020, 9, 12), date(2021, 8, 15)),
    ("the Doha Forum", "Doha", "the Sheraton Hotel", None, None),
    ("the Antalya Diplomacy Forum", "Antalya", None, date(2021, 6, 1), None),
    ("the Munich Security Conference", "Brussels", None, None, None),
    ("the NATO foreign ministers' meeting", "Brussels", None, None, None),
]

# Topics with the window (first, last day) in which they are plausible; None: always.
TOPICS = [
    ("the Afghan peace process", None, date(2021, 8, 15)), ("regional security", None, None),
    ("bilateral trade", None, None), ("border management", None, None),
    ("counter-terrorism cooperation", None, None), ("the return of Afghan refugees", None, None),
    ("regional connectivity", None, None), ("energy cooperation", None, None), ("climate change", None, None),
    ("the COVID-19 pandemic", date(2020, 3, 1), date(2022, 6, 30)), ("vaccine supplies", date(2021, 1, 1), date(2022, 6, 30)),
    ("humanitarian assistance to Afghanistan", date(2021, 8, 15), None),
    ("the intra-Afghan negotiations", date(2020, 9, 12), date(2021, 8, 15)),
    ("the implementation of the Doha agreement", date(2020, 3, 1), date(2021, 8, 31)),
    ("the TAPI gas pipeline", None, None), ("the CASA-1000 power project", None, None),
    ("visa facilitation", None, None), ("defence cooperation", None, None),
    ("coordination at the United Nations", None, None), ("Afghan transit trade", None, None),
    ("the situation in Afghanistan", None, None), ("investment opportunities", None, None),
    ("education and scholarships", None, None), ("the fight against drug trafficking", None, None),
]

GOALS = [
    "an inclusive political settlement in Afghanistan", "lasting peace and stability in the region",
    "a reduction in violence", "greater economic connectivity", "the safe and dignified return of refugees",
    "closer defence cooperation", "enhanced trade and investment", "stronger people-to-people contacts",
    "effective border management", "closer counter-terrorism cooperation", "regular high-level exchanges",
    "a durable ceasefire", "deeper cooperation in the energy sector", "the early completion of joint projects",
]

CLAIMS = [
    "{C} would continue to support {goal}", "the talks had been held in a cordial atmosphere",
    "there was no military solution to the conflict in Afghanistan", "regional connectivity was key to shared prosperity",
    "both countries were committed to {goal}", "{C} wanted to see {goal}", "the relationship was entering a new phase",
    "the two sides had agreed to meet again soon", "{C} had always played a constructive role",
    "dialogue remained the only way forward", "the international community must not abandon the Afghan people",
    "the visit had opened new avenues of cooperation", "progress had been made on several issues",
]

AFGHAN_FILE = {"AF", "TB", "PK", "US", "QA", "RU", "CN", "IR", "UZ", "TR", "TJ", "IN"}
CONTEXTS = [  # (clause, first day, last day, countries one of which the story must involve)
    ("the Afghan peace process has entered a critical phase", None, date(2021, 8, 15), AFGHAN_FILE),
    ("regional tensions remain high", None, None, None),
    ("the two countries are seeking to expand economic cooperation", None, None, None),
    ("Islamabad is trying to attract foreign investment", None, None, {"PK"}),
    ("the humanitarian situation in Afghanistan continues to deteriorate", date(2021, 8, 15), None, AFGHAN_FILE),
    ("talks between the Afghan government and the Taliban have stalled", date(2020, 9, 12), date(2021, 8, 15), AFGHAN_FILE),
    ("Washington is reviewing its troop presence in Afghanistan", None, date(2021, 8, 31), {"US", "AF", "PK", "TB"}),
    ("the region is grappling with the economic fallout of the pandemic", date(2020, 4, 1), date(2022, 6, 30), None),
    ("diplomatic activity in the region has intensified", None, None, None),
    ("the international community is debating how to engage with Kabul", date(2021, 8, 15), None, AFGHAN_FILE),
    ("preparations are under way for a regional conference", None, None, None),
]

PROJECTS = [  # (project, countries one of which the story must involve; None: any)
    ("the China-Pakistan Economic Corridor", {"PK", "CN"}), ("the Trans-Afghan railway project", {"AF", "PK", "UZ"}),
    ("the TAPI gas pipeline", {"AF", "PK", "IN"}), ("the CASA-1000 power project", {"AF", "PK", "TJ"}),
    ("the Torkham border terminal", {"AF", "PK"}), ("a joint economic commission", None), ("the new visa regime", None),
    ("a bilateral investment treaty", None), ("the Chaman border crossing", {"AF", "PK"}),
]

QUOTES = [
    "We had a very productive discussion on {topic}",
    "{C} is committed to {goal}",
    "We agreed that {topic} requires urgent attention from all sides",
    "This visit reflects the depth of our relationship",
    "There is a shared understanding that {goal} is in everyone's interest",
    "We will continue to work closely with our partners for {goal}",
    "Our two countries enjoy excellent relations, and we want to take them to new heights",
    "The door to dialogue remains open",
]

PORTFOLIOS = ["Commerce", "Finance", "Information", "Planning and Development", "Water Resources", "Energy",
              "Railways", "Human Rights", "Religious Affairs", "Maritime Affairs", "Climate Change", "Education",
              "Health", "Industries and Production", "Narcotics Control", "Science and Technology",
              "Communications", "Housing", "Food Security", "Parliamentary Affairs", "Economic Affairs",
              "Privatisation", "Aviation", "Petroleum", "Law and Justice", "Refugees and Repatriation",
              "Borders and Tribal Affairs", "Culture", "Agriculture", "Transport"]
DESKS = ["Afghanistan and West Asia", "South Asia", "Asia Pacific", "Europe", "Americas", "United Nations",
         "Economic Diplomacy", "Public Diplomacy", "Africa", "Middle East", "Central Asia", "Policy Planning",
         "Arms Control and Disarmament", "Consular Affairs", "Counter-Terrorism"]
PK_CORPS = ["Peshawar", "Quetta", "Lahore", "Karachi", "Multan", "Gujranwala", "Bahawalpur", "Mangla", "Rawalpindi"]

RANKS = {  # key: (long form, short forms used before a name)
    "gen": ("General", ["General", "Gen", "Gen"]),
    "ltgen": ("Lieutenant General", ["Lt-Gen", "Lt Gen", "Lt General", "Lieutenant General"]),
    "majgen": ("Major General", ["Maj-Gen", "Maj Gen", "Major General"]),
    "brig": ("Brigadier", ["Brig", "Brigadier"]),
    "amb": ("Ambassador", ["Ambassador", "Amb", "Ambassador"]),
    "dr": ("Dr", ["Dr"]), "mullah": ("Mullah", ["Mullah"]), "maulvi": ("Maulvi", ["Maulvi", "Mawlawi"]),
    "sheikh": ("Sheikh", ["Sheikh"]), "haji": ("Haji", ["Haji"]),
}
ROLE_TITLES = {  # roles that work as titles before a surname
    "President": ["President"], "Prime Minister": ["Prime Minister", "PM"], "Foreign Minister": ["Foreign Minister", "FM"],
    "Premier": ["Premier"], "Chancellor": ["Chancellor"], "Secretary of State": ["Secretary of State", "Secretary"],
    "Foreign Secretary": ["Foreign Secretary"], "Federal President": ["President"], "Chief Executive": ["Chief Executive"],
    "External Affairs Minister": ["External Affairs Minister", "EAM"],
}
LOWERABLE = set("Foreign Minister Deputy Secretary Special Representative Envoy Ambassador Chief Director General "
                "Adviser Spokesperson Army Staff National Security Interior Defence Defense Commander Head Chairman "
                "Member Senator Governor Prime President Vice External Affairs Presidential Permanent State "
                "Additional Joint Premier Chancellor Home Cabinet Consul Minister's High Commissioner".split())


# ====================================================================== small helpers

def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _ascii(text).lower()).strip("-")[:80].strip("-")


def snowflake(moment: datetime, low_bits: int) -> int:
    """A tweet status ID for a UTC moment: milliseconds since Twitter's epoch, then 22 random bits."""
    ms = int(moment.replace(tzinfo=timezone.utc).timestamp() * 1000) if moment.tzinfo is None else int(moment.timestamp() * 1000)
    return ((ms - TWITTER_EPOCH_MS) << 22) | (low_bits & 0x3FFFFF)


def snowflake_datetime(status_id: int) -> datetime:
    return datetime.fromtimestamp(((status_id >> 22) + TWITTER_EPOCH_MS) / 1000, tz=timezone.utc)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def join_names(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def a_an(word: str) -> str:
    """'an Afghan', 'a US', 'an Emirati', 'a Uzbek' (said 'oozbek')."""
    vowel = word[:1].lower() in "aeio" or word.startswith(("Ira", "Ind", "Ira"))
    return f"{'an' if vowel and not word.startswith(('US', 'UK', 'UN', 'Uzb', 'Ukr')) else 'a'} {word}"


def with_article(n: int) -> str:
    """'a 12' or 'an 11', 'an 8', 'an 18'."""
    return f"{'an' if str(n).startswith('8') or n in (11, 18) else 'a'} {n}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def lower_role(role: str) -> str:
    """'Special Representative for Afghanistan' -> 'special representative for Afghanistan'."""
    out, lowering = [], True
    for word in role.split(" "):
        if word in ("of", "for", "to", "on", "in", "at"):
            lowering = False
        out.append(word.lower() if lowering and word in LOWERABLE else word)
    return " ".join(out)


def in_window(item_start, item_end, day: date) -> bool:
    return (item_start is None or day >= item_start) and (item_end is None or day <= item_end)


def month_day(day: date, british: bool) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}" if british else f"{MONTHS[day.month - 1]} {day.day}"


def long_date(day: date, british: bool) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if british else f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


# ====================================================================== the cast

class Person:
    __slots__ = ("pid", "given", "middle", "surname", "eastern", "gender", "ck", "country", "org", "role",
                 "role_key", "kind", "target", "rank", "prefixes", "appos", "nouns", "handle", "full", "alt",
                 "weight", "category")

    def __init__(self, **fields):
        for name in self.__slots__:
            setattr(self, name, fields.get(name))

    @property
    def he(self) -> str:
        return "she" if self.gender == "f" else "he"

    @property
    def his(self) -> str:
        return "her" if self.gender == "f" else "his"

    @property
    def honorific(self) -> str:
        return "Ms" if self.gender == "f" else "Mr"

    def title_forms(self) -> list[str]:
        """Titles that may stand before this person's surname ('Gen', 'Ambassador', 'President')."""
        forms = list(RANKS[self.rank][1]) if self.rank else []
        forms += ROLE_TITLES.get(self.role, [])
        return forms


def _role(key, role, org, rank=None, weight=1.0, pre=None, app=None, nouns=None, kind="top", target=None, category=None):
    return dict(key=key, role=role, org=org, rank=rank, weight=weight, pre=pre, app=app, nouns=nouns, kind=kind,
                target=target, category=category)


def _standard(c: dict, key: str, role: str, org: str, rank=None, weight=1.0, nouns=None, extra_pre=(), extra_app=(), unique=True):
    adj, poss, the = c["adj"], c.get("poss_role", c["poss"]), c["the"]
    lc = role if re.search(r" (?:of|in) ", role) else lower_role(role)
    article = "the" if unique else "a"
    if adj in role.split():  # "Commander of US Central Command": no second "US"
        pre = [role] + ([f"{poss} {role}"] if poss and unique else []) + list(extra_pre)
        app = [f"{article} {role}"] + list(extra_app)
        return _role(key, role, org, rank, weight, pre, app, nouns or ["the official"], kind="top" if unique else "tail")
    pre = [role, f"{adj} {role}", f"{adj} {lc}"] + ([f"{poss} {role}"] if poss and unique else []) + list(extra_pre)
    app = [f"{article} {adj} {lc}"] + ([f"{article} {role} of {the}"] if not re.search(r" (?:of|for|to|in|on) ", role) else []) \
        + ([f"{poss} {lc}"] if poss and unique else []) + list(extra_app)
    if nouns is None:
        head = lc.split(" of ")[0].split(" for ")[0].split(" to ")[0].split(" on ")[0].split(" (")[0]
        nouns = [f"the {head}"] if len(head.split()) <= 3 else ["the official"]
    return _role(key, role, org, rank, weight, pre, app, nouns, kind="top" if unique else "tail")


def country_roles(ck: str, c: dict) -> list[dict]:
    """The fixed, unique top roles of a country (head of state, foreign minister, army chief, ...)."""
    adj, poss, the, mofa, short = c["adj"], c.get("poss_role", c["poss"]), c["the"], c["mofa"], c["mofa_short"]
    roles = []
    if ck == "TB":
        return [
            _role("head_state", "Deputy Leader of the Taliban", "Taliban", "mullah", 5,
                  ["Taliban deputy leader", "deputy Taliban leader", "Taliban co-founder"],
                  ["the Taliban's deputy leader", "the deputy leader of the Taliban", "a co-founder of the Taliban"],
                  ["the Taliban leader", "the deputy leader"]),
            _role("fm", "Head of the Taliban Political Office in Doha", "Taliban Political Office", "sheikh", 6,
                  ["head of the Taliban political office in Doha", "Taliban political chief"],
                  ["the head of the Taliban's political office in Doha", "the Taliban's political chief"],
                  ["the Taliban political chief", "the Taliban leader"]),
            _role("envoy", "Chief Negotiator of the Taliban", "Taliban", "maulvi", 4,
                  ["Taliban chief negotiator", "chief Taliban negotiator"],
                  ["the Taliban's chief negotiator", "who heads the Taliban negotiating team"], ["the chief negotiator"]),
            _role("spox", "Taliban Spokesman", "Taliban", None, 2, ["Taliban spokesman", "Taliban spokesperson"],
                  ["a spokesman for the Taliban", "the Taliban's chief spokesman"], ["the spokesman", "the Taliban spokesman"]),
            _role("fs", "Spokesman of the Taliban Political Office", "Taliban Political Office", "dr", 2,
                  ["Taliban political office spokesman", "Doha-based Taliban spokesman"],
                  ["the spokesman of the Taliban's political office in Doha", "a spokesman for the Taliban's Doha office"],
                  ["the spokesman"]),
        ]
    if c["head_state"]:
        hs = c["head_state"]
        roles.append(_role("head_state", hs, f"Office of the {hs}", None, 4, [hs, f"{adj} {hs}"],
                           [f"the {hs} of {the}"] + ([f"{poss} {lower_role(hs)}"] if poss else []), [f"the {lower_role(hs)}"]))
    if c["head_gov"]:
        hg = c["head_gov"]
        roles.append(_role("head_gov", hg, f"{hg}'s Office", "dr" if ck == "AF" else None, 6, [hg, f"{adj} {hg}"],
                           [f"the {hg} of {the}"] + ([f"{poss} {lower_role(hg)}"] if poss else []),
                           [f"the {lower_role(hg)}", "the premier"] if hg == "Prime Minister" else [f"the {lower_role(hg)}"]))
    if c["fm"]:
        fm = c["fm"]
        nouns = ["the foreign minister", "the minister", "the top diplomat"]
        if fm == "Secretary of State":
            nouns = ["the secretary of state", "the top US diplomat", "the secretary"]
        roles.append(_standard(c, "fm", fm, mofa, None, 10, nouns=nouns))
    if c["fs"]:
        roles.append(_standard(c, "fs", c["fs"], mofa, None, 5))
    roles.append(_role(
        "spox", f"Spokesperson of the {mofa}", mofa, None, 1.5,
        [f"{short} spokesperson", f"{adj} {short} spokesperson", f"{short} {{sp}}"],
        [f"the spokesperson of the {mofa}", f"the {short} spokesperson"] + ([f"{poss} {short} {{sp}}"] if poss else []),
        ["the spokesperson", f"the {{sp}}"]))
    if c["army"]:
        role, org, rank = c["army"]
        if ck == "PK":
            roles.append(_role("army", role, org, rank, 6,
                               ["Chief of Army Staff (COAS)", "Chief of Army Staff", "army chief", "COAS", "Pakistan's army chief",
                                "Pakistani army chief"],
                               ["the Chief of Army Staff", "Pakistan's army chief", "the army chief"], ["the army chief", "the COAS"]))
        else:
            roles.append(_standard(c, "army", role, org, rank, 4, nouns=["the general", "the army chief"] if "Army" in role
                                   or "General Staff" in role else ["the general", "the commander"],
                                   extra_pre=[f"{adj} military chief"]))
    if c["intel"]:
        role, org, rank = c["intel"]
        if ck == "PK":
            roles.append(_role("intel", role, org, rank, 3,
                               ["Director General Inter-Services Intelligence (ISI)", "Inter-Services Intelligence (ISI) Director General",
                                "DG ISI", "ISI chief", "spy chief"],
                               ["the Director General of Inter-Services Intelligence", "the head of the ISI", "Pakistan's spy chief"],
                               ["the spy chief", "the ISI chief"]))
            roles.append(_role("ispr", "Director General of Inter-Services Public Relations", "Inter-Services Public Relations",
                               "majgen", 1, ["DG ISPR", "ISPR Director General", "military spokesperson"],
                               ["the Director General of Inter-Services Public Relations", "the military's spokesperson"],
                               ["the military spokesperson"]))
            roles.append(_role("cjcsc", "Chairman Joint Chiefs of Staff Committee", "Pakistan Armed Forces", "gen", 1,
                               ["Chairman Joint Chiefs of Staff Committee (CJCSC)", "CJCSC"],
                               ["the Chairman Joint Chiefs of Staff Committee"], ["the general"]))
        else:
            roles.append(_standard(c, "intel", role, org, rank, 2, nouns=["the spy chief", "the intelligence chief"]))
    if c["envoy"]:
        envoy = c["envoy"]
        if ck == "AF":
            roles.append(_role("envoy", envoy, "High Council for National Reconciliation", "dr", 6,
                               [envoy, f"Afghan {envoy}", "Afghan reconciliation chief", "peace council chief"],
                               [f"the {envoy}", "the head of Afghanistan's peace council", "who leads the Afghan peace council"],
                               ["the reconciliation chief", "the chairman"]))
        else:
            roles.append(_standard(c, "envoy", envoy, mofa, "amb" if ck in ("PK", "US", "GB", "QA", "TR", "UZ") else None, 7,
                                   nouns=["the special envoy", "the envoy", f"the {adj} envoy", "the special representative"],
                                   extra_app=[f"the {adj} special envoy for Afghanistan"]))
    if c["nsa"]:
        roles.append(_standard(c, "nsa", c["nsa"], "National Security Council", None, 4,
                               nouns=["the national security adviser", "the NSA"] if "Adviser" in c["nsa"] else ["the security chief"]))
    if c["defence"]:
        roles.append(_standard(c, "defence", c["defence"], "Ministry of Defence", None, 3,
                               nouns=["the defence minister"] if "Minister" in c["defence"] else ["the defence secretary"]))
    if c["interior"]:
        roles.append(_standard(c, "interior", c["interior"], "Ministry of Interior", None, 2,
                               nouns=["the interior minister"] if "Interior" in c["interior"] else ["the minister"]))
    roles.append(_standard(c, "pr_un", "Permanent Representative to the United Nations", f"Permanent Mission of {the} to the UN",
                           "amb", 1, nouns=["the envoy", "the ambassador"]))
    roles.append(_standard(c, "dep_fm", "Deputy Foreign Minister" if c["fs"] != "Deputy Foreign Minister" else "Special Envoy for Regional Affairs",
                           mofa, None, 3))
    return roles


INTERNATIONAL_ROLES = [
    # (role, org, rank, nationality keys, prefixes, appositives, nouns)
    ("Special Representative of the UN Secretary-General for Afghanistan", "United Nations Assistance Mission in Afghanistan", None,
     ["GB", "DE", "KE", "US", "FR"], ["UN Special Representative for Afghanistan", "UNAMA chief", "head of UNAMA"],
     ["the UN Secretary-General's special representative for Afghanistan", "who heads the UN mission in Afghanistan"], ["the UN envoy"]),
    ("UN Secretary-General's Personal Envoy on Afghanistan", "United Nations", None, ["FR", "ZA", "GB"],
     ["UN personal envoy on Afghanistan", "UN envoy"], ["the UN Secretary-General's personal envoy on Afghanistan"], ["the UN envoy"]),
    ("UNHCR Representative in Pakistan", "UNHCR", None, ["KE", "ET", "DE", "NG"], ["UNHCR Representative in Pakistan", "UNHCR country representative"],
     ["the UN refugee agency's representative in Pakistan"], ["the UNHCR official"]),
    ("UN Resident Coordinator in Afghanistan", "United Nations", "dr", ["ZA", "KE", "GB"], ["UN Resident Coordinator in Afghanistan"],
     ["the UN's resident coordinator in Afghanistan"], ["the UN official"]),
    ("Commander of the Resolute Support Mission", "NATO Resolute Support Mission", "gen", ["US"],
     ["Commander Resolute Support Mission in Afghanistan", "Resolute Support commander", "NATO commander in Afghanistan"],
     ["the commander of the Resolute Support Mission in Afghanistan", "the top US commander in Afghanistan"], ["the commander", "the general"]),
    ("NATO Senior Civilian Representative in Afghanistan", "NATO", "amb", ["GB", "DE", "TR"], ["NATO Senior Civilian Representative"],
     ["NATO's senior civilian representative in Afghanistan"], ["the NATO official"]),
    ("EU Special Envoy for Afghanistan", "European Union", None, ["DE", "FR"], ["EU Special Envoy for Afghanistan", "EU envoy"],
     ["the European Union's special envoy for Afghanistan"], ["the EU envoy"]),
    ("Head of the ICRC Delegation in Afghanistan", "International Committee of the Red Cross", None, ["FR", "DE"],
     ["ICRC head of delegation in Afghanistan"], ["who heads the Red Cross delegation in Kabul"], ["the ICRC official"]),
]


TAIL_CATEGORIES = [  # (pattern on the role, category)
    (r"Taliban", "taliban"), (r"^(?:Deputy Head of Mission|Consul General|Minister Counsellor)", "mission"),
    (r"Chamber of Commerce", "business"), (r"^(?:Governor|Chief Minister|Taliban Shadow)", "provincial"),
    (r"(?:member|Senator|senator|Congressman|deputy to)", "legislator"),
    (r"(?:Corps|Command|Division|Military|General Staff|Frontier Corps|Attaché|Adjutant|Quartermaster|Joint Staff|Army Corps)", "military"),
    (r"^(?:Secretary of|Minister)", "minister"),
    (r"(?:Secretary|Director|Chief of Protocol|Spokesperson|senior official)", "desk"),
    (r"(?:Minister|Special Assistant|Adviser)", "minister"),
]


def tail_role(ck: str, c: dict, r: Random) -> tuple[dict, bool]:
    """A long-tail role (minister of something, desk officer, general, legislator ...) and whether it is unique."""
    spec, unique = _tail_role(ck, c, r)
    spec["category"] = next((cat for pattern, cat in TAIL_CATEGORIES if re.search(pattern, spec["role"])), "desk")
    return spec, unique


def _tail_role(ck: str, c: dict, r: Random) -> tuple[dict, bool]:
    adj, the, mofa = c["adj"], c["the"], c["mofa"]
    army_org = c["army"][1] if c["army"] else f"{adj} Armed Forces"
    pick = r.random()
    if ck == "TB":
        if pick < 0.55:
            return _role("tail", "Member of the Taliban Negotiating Team", "Taliban", r.choice(["mullah", "maulvi", "haji", None, "sheikh"]), 1,
                         ["Taliban negotiator", "member of the Taliban negotiating team"],
                         ["a member of the Taliban negotiating team", "a senior Taliban negotiator"], ["the negotiator"], kind="tail"), False
        if pick < 0.8:
            return _role("tail", "Member of the Taliban Political Office", "Taliban Political Office", r.choice(["mullah", "maulvi", None]), 1,
                         ["senior Taliban leader", "Taliban official"], ["a member of the Taliban's Doha office", "a senior Taliban leader"],
                         ["the Taliban official"], kind="tail"), False
        province = r.choice(COUNTRIES["AF"]["provinces"])
        return _role("tail", f"Taliban Shadow Governor for {province}", "Taliban", "mullah", 1, [f"Taliban shadow governor for {province}"],
                     [f"the Taliban's shadow governor for {province}"], ["the Taliban commander"], kind="tail"), True
    if pick < 0.16 and ck in ("US", "GB"):
        portfolio = r.choice(["Commerce", "Energy", "the Treasury", "Agriculture", "Homeland Security", "Transportation", "Education"]
                             if ck == "US" else ["Business and Trade", "International Development", "Defence", "Energy Security", "Home Affairs"])
        role = f"Secretary of {portfolio}" if ck == "US" else f"Secretary of State for {portfolio}"
        return _standard(c, "tail", role, f"Department of {portfolio.removeprefix('the ')}", None, 1, nouns=["the secretary"]), True
    if pick < 0.16:
        portfolio = r.choice(PORTFOLIOS)
        role = f"{c['minister_for']} {portfolio}"
        return _standard(c, "tail", role, f"Ministry of {portfolio}", "dr" if r.random() < 0.12 else None, 1, nouns=["the minister"]), True
    if pick < 0.24:
        portfolio = r.choice(PORTFOLIOS)
        if ck == "PK":
            role = f"Special Assistant to the Prime Minister on {portfolio}"
            return _standard(c, "tail", role, "Prime Minister's Office", None, 1, nouns=["the special assistant", "the aide"],
                             extra_pre=[f"SAPM on {portfolio}"]), True
        if ck == "US":
            desk = r.choice(["Political Affairs", "Economic Growth", "Arms Control and International Security", "Civilian Security"])
            return _standard(c, "tail", f"Under Secretary of State for {desk}", mofa, None, 1, nouns=["the under secretary", "the official"]), True
        return _standard(c, "tail", f"Minister of State for {portfolio}", f"Ministry of {portfolio}", None, 1, nouns=["the minister"]), True
    if pick < 0.36:
        desk = r.choice(DESKS)
        title = {"PK": r.choice(["Additional Secretary", "Director General"]), "IN": "Joint Secretary",
                 "US": "Deputy Assistant Secretary of State for"}.get(ck, r.choice(["Director of the Department of", "Director General for"]))
        suffix = " Affairs" if title.endswith("for") and not desk.endswith("Affairs") else ""
        role = f"{title} ({desk})" if ck in ("PK", "IN") else f"{title} {desk}{suffix}"
        return _standard(c, "tail", role, mofa, "amb" if r.random() < 0.15 else None, 1, nouns=["the official", "the diplomat"]), True
    if pick < 0.44:
        others = [k for k in NATIONS if k != ck]
        target = COUNTRIES[r.choice(others)]
        if r.random() < 0.5:
            role = f"Deputy Head of Mission in {target['capital']}"
        else:
            role = f"Consul General in {r.choice(target['cities'])}"
            if role.endswith(target["capital"]):
                role = f"Minister Counsellor in {target['capital']}"
        return _standard(c, "tail", role, mofa, None, 1, nouns=["the diplomat"]), True
    if pick < 0.60:
        if ck == "PK":
            options = [(f"Corps Commander {r.choice(PK_CORPS)}", "ltgen"), ("Director General Military Operations", "majgen"),
                       ("Chief of General Staff", "ltgen"), (f"Inspector General Frontier Corps ({r.choice(['North', 'South', 'Balochistan'])})", "majgen"),
                       (f"Commander of the {ordinal(r.randint(7, 40))} Infantry Division", "majgen"),
                       (f"Defence Attaché in {COUNTRIES[r.choice(NATIONS)]['capital']}", "brig"), ("Adjutant General", "ltgen"),
                       ("Quartermaster General", "ltgen"), ("Director General Joint Staff", "ltgen")]
        else:
            options = [(f"Commander of the {ordinal(r.randint(1, 12))} Army Corps", "ltgen"),
                       (f"Deputy Chief of the General Staff", "ltgen"),
                       (f"Defence Attaché in {COUNTRIES[r.choice(NATIONS)]['capital']}", "brig"),
                       (f"Commander of the {r.choice(['Northern', 'Southern', 'Eastern', 'Western', 'Central'])} Military District", "majgen"),
                       (f"Head of Military Intelligence", "majgen")]
        role, rank = r.choice(options)
        return _standard(c, "tail", role, army_org, rank, 1, nouns=["the general", "the commander"]), True
    if pick < 0.74 and c["legislators"]:
        role = r.choice(c["legislators"])
        spec = _standard(c, "tail", role, "Parliament", None, 1, nouns=["the lawmaker", "the legislator"], unique=False)
        spec["pre"] = [f"{adj} {role}", "lawmaker", f"{adj} lawmaker"]
        return spec, False
    if pick < 0.80 and c["provinces"]:
        province = r.choice(c["provinces"])
        role = r.choice([f"Governor of {province}", f"Chief Minister of {province}"] if ck in ("PK", "IN") else [f"Governor of {province}"])
        spec = _standard(c, "tail", role, f"Government of {province}", None, 1, nouns=["the governor"] if "Governor" in role else ["the chief minister"])
        spec["pre"] = [role, f"{province} {role.split(' of ')[0]}"]
        return spec, True
    if pick < 0.86:
        city = r.choice(c["cities"])
        return _standard(c, "tail", f"President of the {city} Chamber of Commerce and Industry", f"{city} Chamber of Commerce and Industry",
                         None, 1, nouns=["the business leader"], extra_pre=[f"{city} chamber president"]), True
    if pick < 0.90:
        return _standard(c, "tail", "Deputy Spokesperson of the " + mofa, mofa, None, 1, nouns=["the deputy spokesperson"]), True
    spec = _standard(c, "tail", f"senior official of the {mofa}", mofa, None, 1, nouns=["the official"], unique=False)
    spec["pre"] = [f"senior {c['mofa_short']} official", f"{adj} official"]
    spec["app"] = [f"a senior official of the {mofa}", f"a senior {adj} diplomat"]
    return spec, False


LEAD_CATEGORIES = ("minister", "minister", "desk", "military", "legislator", "taliban")
AIDE_CATEGORIES = ("desk", "desk", "military", "minister", "taliban")


class Cast:
    """About 3,000 people with fixed names, countries, organisations and roles."""

    def __init__(self, seed: int, size: int = CAST_SIZE):
        r = Random(f"{seed}:cast")
        self.people: list[Person] = []
        self.top: dict[str, dict[str, Person]] = {ck: {} for ck in COUNTRIES}
        self.top_weighted: dict[str, tuple[list[Person], list[float]]] = {}
        self.amb: dict[str, dict[str, Person]] = {ck: {} for ck in COUNTRIES}
        self.tail: dict[str, list[Person]] = {ck: [] for ck in COUNTRIES}
        self.intl: list[Person] = []
        self.by_category: dict[tuple[str, str], list[Person]] = {}
        self._names: set[tuple[str, str]] = set()
        self._handles: set[str] = set()
        total_quota = sum(c["quota"] for c in COUNTRIES.values())
        for ck, c in COUNTRIES.items():
            quota = max(30, round(c["quota"] * size / total_quota))
            before = len(self.people)
            for spec in country_roles(ck, c):
                person = self._make(r, ck, spec)
                if person:
                    self.top[ck][spec["key"]] = person
            if ck != "TB":
                for target in NATIONS:
                    if target == ck:
                        continue
                    person = self._make(r, ck, self._ambassador_spec(ck, target, r))
                    if person:
                        self.amb[ck][target] = person
            taken = {p.role for p in self.people[before:]}
            attempts = 0
            while len(self.people) - before < quota and attempts < quota * 20:
                attempts += 1
                spec, unique = tail_role(ck, c, r)
                if unique and spec["role"] in taken:
                    continue
                person = self._make(r, ck, spec)
                if person:
                    taken.add(spec["role"])
                    self.tail[ck].append(person)
            tops = list(self.top[ck].values())
            self.top_weighted[ck] = (tops, [p.weight for p in tops])
            for person in self.tail[ck]:
                self.by_category.setdefault((ck, person.category), []).append(person)
        for role, org, rank, nationalities, pre, app, nouns in INTERNATIONAL_ROLES:
            ck = r.choice(nationalities)
            person = self._make(r, ck, _role("intl", role, org, rank, 3, pre, app, nouns, kind="intl"))
            if person:
                self.intl.append(person)

    @staticmethod
    def _ambassador_spec(ck: str, target: str, r: Random) -> dict:
        c, t = COUNTRIES[ck], COUNTRIES[target]
        adj, poss, the = c["adj"], c.get("poss_role", c["poss"]), c["the"]
        high = c["commonwealth"] and t["commonwealth"]
        word = "High Commissioner" if high else "Ambassador"
        role = f"{word} to {t['the']}"
        mission = f"{adj} High Commission in {t['capital']}" if high else f"Embassy of {the} in {t['capital']}"
        pre = [f"{adj} {role}", f"{adj} {word}", f"{word} of {the} to {t['the']}"] + ([f"{poss} {role}"] if poss else [])
        app = [f"the {adj} {word.lower()} in {t['capital']}", f"the {word.lower()} of {the} to {t['the']}"] + \
              ([f"{poss} {word.lower()} to {t['the']}"] if poss else [])
        nouns = ["the high commissioner", "the envoy"] if high else ["the ambassador", "the envoy", f"the {adj} envoy"]
        return _role("amb", role, mission, None if high else "amb", 1, pre, app, nouns, kind="amb", target=target)

    def _make(self, r: Random, ck: str, spec: dict) -> Person | None:
        c = COUNTRIES[ck]
        region = REGIONS[c["region"]]
        female_share = 0.0 if ck == "TB" or spec["rank"] in ("gen", "ltgen", "majgen", "brig", "mullah", "maulvi", "sheikh", "haji") else 0.16
        for _ in range(60):
            gender = "f" if r.random() < female_share and region["female"] else "m"
            given = r.choice(region["female"] if gender == "f" else region["male"])
            middle = r.choice(region["middle"]) if region["middle"] and r.random() < region["middle_p"] else None
            surname = r.choice(region["surname"])
            if surname == given or (middle and middle in (given, surname)):
                continue
            if gender == "f" and region.get("feminine") == "slavic" and re.search(r"(ov|ev|yov|in)$", surname):
                surname += "a"
            eastern = region.get("order") == "eastern"
            full = f"{surname} {given}" if eastern else " ".join(x for x in (given, middle, surname) if x)
            if (given, surname) in self._names or full in EXCLUDED_NAMES or f"{given} {surname}" in EXCLUDED_NAMES:
                continue
            break
        else:
            return None
        self._names.add((given, surname))
        rank = spec["rank"]
        if rank is None and spec["kind"] != "intl" and r.random() < 0.08 and spec["role"] not in ROLE_TITLES:
            rank = "dr"
        if ck == "QA" and surname == "Al-Thani" and rank is None:
            rank = "sheikh"
        spokes = "spokeswoman" if gender == "f" else "spokesman"
        fill = lambda items: [s.replace("{sp}", spokes) for s in items]
        person = Person(pid=len(self.people), given=given, middle=middle, surname=surname, eastern=eastern, gender=gender,
                        ck=ck, country=COUNTRIES[ck].get("nationality", c["name"].removeprefix("the ")),
                        org=spec["org"], role=spec["role"], role_key=spec["key"], kind=spec["kind"], target=spec["target"],
                        rank=rank, prefixes=fill(spec["pre"]), appos=fill(spec["app"]), nouns=fill(spec["nouns"]),
                        full=full, weight=spec["weight"], category=spec.get("category") or spec["kind"])
        person.alt = self._variant(r, person)
        wants_handle = 0.35 if spec["kind"] in ("top", "amb", "intl") else 0.08
        if r.random() < wants_handle:
            person.handle = self._handle(r, person)
        self.people.append(person)
        return person

    @staticmethod
    def _variant(r: Random, p: Person) -> tuple[str, str, str] | None:
        """Another spelling of the name, as (full name, given name, surname): Mohammad/Muhammad, Hameed/Hamid."""
        parts = {"given": p.given, "middle": p.middle, "surname": p.surname}
        for key in ("given", "middle", "surname"):
            value = parts[key]
            if not value:
                continue
            if value in VARIANTS:
                parts[key] = r.choice(VARIANTS[value])
                break
            words = value.split(" ")
            hit = next((j for j, w in enumerate(words) if w in VARIANTS), None)
            if hit is not None:
                words[hit] = r.choice(VARIANTS[words[hit]])
                parts[key] = " ".join(words)
                break
        else:
            return None
        given, middle, surname = parts["given"], parts["middle"], parts["surname"]
        full = f"{surname} {given}" if p.eastern else " ".join(x for x in (given, middle, surname) if x)
        return full, given, surname

    def _handle(self, r: Random, p: Person) -> str:
        given = re.sub(r"[^A-Za-z0-9]", "", _ascii(p.given))
        surname = re.sub(r"[^A-Za-z0-9]", "", _ascii(p.surname))
        code = COUNTRIES[p.ck]["country_code"].upper()
        options = [given + surname, surname + given, given[:1].lower() + surname.lower(), f"{surname}_{code}",
                   f"{given}_{surname}", f"{surname}{given[:1]}"]
        if p.kind == "amb" and p.target:
            options.append(f"{code}Amb{COUNTRIES[p.target]['country_code'].upper()}")
        if p.role_key == "spox":
            options.append(f"{code}MFASpox")
        handle = r.choice(options)[:15] or f"user{p.pid}"
        base, n = handle, 1
        while handle.lower() in self._handles:
            n += 1
            handle = f"{base[:15 - len(str(n))]}{n}"
        self._handles.add(handle.lower())
        return handle

    # ---------------------------------------------------------------- picking people

    @staticmethod
    def fits(person: Person, exclude) -> bool:
        """Not already taken, and no surname clash with those taken (a later 'Warraich' must be unambiguous)."""
        return person not in exclude and all(person.surname != p.surname for p in exclude)

    def lead(self, r: Random, ck: str, exclude=(), toward: str | None = None) -> Person:
        """Someone who leads a delegation or hosts one: mostly top roles, sometimes an ambassador or the long tail."""
        pick = r.random()
        if pick < 0.74:
            people, weights = self.top_weighted[ck]
            for _ in range(8):
                person = r.choices(people, weights)[0]
                if self.fits(person, exclude):
                    return person
        if pick < 0.88 and toward and toward in self.amb[ck] and self.fits(self.amb[ck][toward], exclude):
            return self.amb[ck][toward]
        return self.other(r, ck, exclude, LEAD_CATEGORIES)

    def other(self, r: Random, ck: str, exclude=(), categories=None) -> Person:
        """Someone from the long tail of a country, optionally only from some categories of role."""
        pool = self.tail[ck]
        if categories:
            pool = [p for cat in categories for p in self.by_category.get((ck, cat), ())] or pool
        pool = pool or list(self.top[ck].values())
        for _ in range(12):
            person = r.choice(pool)
            if self.fits(person, exclude):
                return person
        people = [p for p in list(self.top[ck].values()) + self.tail[ck] if self.fits(p, exclude)] or \
                 [p for p in list(self.top[ck].values()) + self.tail[ck] if p not in exclude]
        return r.choice(people)

    def aide(self, r: Random, ck: str, exclude=(), toward: str | None = None) -> Person:
        """Someone who accompanies a visitor or sits in on a meeting."""
        pick = r.random()
        if pick < 0.3 and toward and toward in self.amb[ck] and self.fits(self.amb[ck][toward], exclude):
            return self.amb[ck][toward]
        if pick < 0.6:
            keys = [k for k in ("intel", "fs", "envoy", "nsa", "dep_fm", "defence", "ispr") if k in self.top[ck]]
            r.shuffle(keys)
            for key in keys:
                if self.fits(self.top[ck][key], exclude):
                    return self.top[ck][key]
        return self.other(r, ck, exclude, AIDE_CATEGORIES)


# ====================================================================== stories

class Meeting:
    __slots__ = ("date", "city", "venue", "visitors", "hosts", "companions", "attendees", "conference")

    def __init__(self, date, city, venue, visitors, hosts, companions=(), attendees=(), conference=None):
        self.date, self.city, self.venue = date, city, venue
        self.visitors, self.hosts = list(visitors), list(hosts)
        self.companions, self.attendees, self.conference = list(companions), list(attendees), conference

    @property
    def people(self) -> list[Person]:
        return self.visitors + self.hosts + self.companions + self.attendees


class Event:
    """Something that is not a meeting: a telephone or video call, a planned or cancelled meeting, a briefing."""
    __slots__ = ("kind", "a", "b", "date", "city", "extra")

    def __init__(self, kind, a, b, date, city=None, extra=None):
        self.kind, self.a, self.b, self.date, self.city, self.extra = kind, a, b, date, city, extra


class Tweet:
    __slots__ = ("id", "moment", "author", "handle", "display", "text", "about")

    def __init__(self, **fields):
        for name in self.__slots__:
            setattr(self, name, fields.get(name))


class Story:
    __slots__ = ("key", "kind", "d0", "meetings", "events", "tweets", "host", "guest", "topics")

    def __init__(self, key, kind, d0):
        self.key, self.kind, self.d0 = key, kind, d0
        self.meetings, self.events, self.tweets = [], [], []
        self.host = self.guest = None
        self.topics = []


CITY_COUNTRY = dict(EXTRA_CITIES)
for _ck in NATIONS:
    for _city in COUNTRIES[_ck]["cities"]:
        CITY_COUNTRY.setdefault(_city, COUNTRIES[_ck]["name"].removeprefix("the "))
TALIBAN_DOHA = (date(2018, 10, 1), date(2021, 8, 15))


def _topic_short(topic: str) -> str:
    return topic.removeprefix("the ")


class StoryMaker:
    def __init__(self, cast: Cast, seed: int):
        self.cast, self.seed = cast, seed
        self.nations = NATIONS
        self.weights = [COUNTRIES[ck]["weight"] for ck in NATIONS]

    def country(self, r: Random, exclude=(), taliban=False) -> str:
        for _ in range(20):
            if taliban and r.random() < 0.08:
                ck = "TB"
            else:
                ck = r.choices(self.nations, self.weights)[0]
            if ck not in exclude:
                return ck
        return next(ck for ck in self.nations if ck not in exclude)

    def venue(self, r: Random, ck: str, host: Person) -> tuple[str | None, str]:
        c = COUNTRIES[ck]
        table = VENUES.get(ck, {})
        options = table.get(host.role_key) or table.get("_")
        if options and r.random() < 0.85:
            return r.choice(options)
        if host.role_key == "fm" and ck != "TB" and r.random() < 0.5:
            return f"the {c['adj']} Foreign Ministry", c["capital"]
        city = c["capital"] if r.random() < 0.85 else r.choice(c["cities"])
        return None, city

    def make(self, key: str) -> Story:
        r = Random(f"{self.seed}:story:{key}")
        d0 = FIRST_DAY + timedelta(days=r.randrange((LAST_DAY - FIRST_DAY).days - 20))
        kind = r.choices(["visit", "sidelines", "courtesy", "none"], [55, 13, 12, 20])[0]
        story = Story(key, kind, d0)
        topics = [t for t, a, b in TOPICS if in_window(a, b, d0)]
        story.topics = r.sample(topics, 3)
        getattr(self, f"_{kind}")(r, story)
        self._extras(r, story)
        self._tweets(r, story)
        return story

    def _visit(self, r: Random, st: Story) -> None:
        cast = self.cast
        taliban_time = TALIBAN_DOHA[0] <= st.d0 <= TALIBAN_DOHA[1]
        host = self.country(r, taliban=taliban_time)
        guest = self.country(r, exclude={host}, taliban=host != "TB")
        st.host, st.guest = host, guest
        lead = r.choice(cast.intl) if r.random() < 0.05 else cast.lead(r, guest)
        visitors = [lead]
        if r.random() < 0.15:
            rsm = next((p for p in cast.intl if p.role_key == "intl" and "Resolute" in p.role), None)
            second = rsm if guest == "US" and rsm and cast.fits(rsm, visitors) and r.random() < 0.5 else cast.lead(r, guest, exclude=visitors, toward=host)
            if second not in visitors:
                visitors.append(second)
        companions = []
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            person = cast.aide(r, guest, exclude=visitors + companions, toward=host)
            if person not in companions:
                companions.append(person)
        used = visitors + companions
        day = st.d0
        for k in range(r.choices([1, 2, 3], [45, 35, 20])[0]):
            if k:
                day += timedelta(days=r.choice([0, 0, 1]))
            host_person = cast.lead(r, host, exclude=used)
            used.append(host_person)
            venue, city = self.venue(r, host, host_person)
            attendees = []
            for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
                person = cast.aide(r, host, exclude=used, toward=guest)
                attendees.append(person)
                used.append(person)
            spy = cast.top["PK"].get("intel")
            if host == "PK" and host_person.role_key == "army" and spy and r.random() < 0.5 and cast.fits(spy, used):
                attendees.insert(0, spy)
                used.append(spy)
            meeting_companions = companions if k == 0 or r.random() < 0.35 else []
            st.meetings.append(Meeting(day, city, venue, visitors, [host_person], meeting_companions, attendees))

    def _sidelines(self, r: Random, st: Story) -> None:
        cast = self.cast
        conferences = [c for c in CONFERENCES if in_window(c[3], c[4], st.d0)]
        name, city, venue, _, _ = r.choice(conferences)
        a = self.country(r)
        b = self.country(r, exclude={a})
        st.host, st.guest = b, a
        first = cast.lead(r, a, toward=b)
        second = cast.lead(r, b, exclude=[first], toward=a)
        companions = [cast.aide(r, a, exclude=[first, second], toward=b)] if r.random() < 0.3 else []
        st.meetings.append(Meeting(st.d0, city, venue, [first], [second], companions, [], name))
        if r.random() < 0.4:
            c3 = self.country(r, exclude={a, b})
            third = cast.lead(r, c3, exclude=[first, second] + companions, toward=a)
            st.meetings.append(Meeting(st.d0 + timedelta(days=r.choice([0, 0, 1])), city, venue, [first], [third], [], [], name))

    def _courtesy(self, r: Random, st: Story) -> None:
        cast = self.cast
        host = self.country(r)
        guest = self.country(r, exclude={host})
        st.host, st.guest = host, guest
        visitor = cast.amb[guest].get(host) if r.random() < 0.7 else None
        visitor = visitor or cast.other(r, guest, categories=("minister", "desk", "legislator", "business", "military", "taliban"))
        host_person = cast.lead(r, host, exclude=[visitor], toward=guest)
        venue, city = self.venue(r, host, host_person)
        attendees = [cast.aide(r, host, exclude=[visitor, host_person], toward=guest)] if r.random() < 0.3 else []
        st.meetings.append(Meeting(st.d0, city, venue, [visitor], [host_person], [], attendees))

    def _none(self, r: Random, st: Story) -> None:
        cast = self.cast
        a = self.country(r)
        b = self.country(r, exclude={a})
        st.host, st.guest = b, a
        first = cast.lead(r, a, toward=b)
        second = cast.lead(r, b, exclude=[first], toward=a)
        sub = r.choice(["phone", "phone", "video", "briefing", "planned", "cancelled"])
        city = COUNTRIES[b]["capital"]
        if sub in ("phone", "video"):
            st.events.append(Event(sub, first, second, st.d0))
        elif sub == "briefing":
            spokesperson = cast.top[a].get("spox") or first
            if spokesperson is not first and not cast.fits(spokesperson, [first, second]):
                first = cast.lead(r, a, exclude=[spokesperson], toward=b)
                second = cast.lead(r, b, exclude=[spokesperson, first], toward=a)
            st.events.append(Event("briefing", spokesperson, None, st.d0, COUNTRIES[a]["capital"]))
            st.events.append(Event("planned", first, second, st.d0 + timedelta(days=r.randint(4, 16)), city))
        elif sub == "planned":
            st.events.append(Event("planned", first, second, st.d0 + timedelta(days=r.randint(3, 14)), city))
        else:
            reason = r.choice(["owing to scheduling issues", "after a terrorist attack in the capital", "at the last minute",
                               "because of bad weather", "without explanation", "amid a diplomatic row"])
            st.events.append(Event("cancelled", first, second, st.d0 + timedelta(days=r.randint(0, 3)), city, reason))

    def _extras(self, r: Random, st: Story) -> None:
        cast = self.cast
        if not st.meetings:
            return
        first, last = st.meetings[0], st.meetings[-1]
        lead, host = first.visitors[0], first.hosts[0]
        everyone = [p for m in st.meetings for p in m.people]
        if r.random() < 0.25:
            other = cast.lead(r, st.host if st.host != "TB" else "QA", exclude=everyone, toward=st.guest)
            everyone.append(other)
            st.events.append(Event(r.choice(["phone", "phone", "video"]), lead if r.random() < 0.5 else host,
                                   other, st.d0 - timedelta(days=r.randint(1, 10))))
        if r.random() < 0.3 and st.host != "TB":
            other = cast.lead(r, st.host, exclude=everyone, toward=st.guest)
            everyone.append(other)
            city = COUNTRIES[st.host]["capital"]
            st.events.append(Event("planned", lead, other, last.date + timedelta(days=r.randint(1, 6)), city))
        if r.random() < 0.07:
            other = cast.lead(r, st.host if st.host != "TB" else "QA", exclude=everyone, toward=st.guest)
            st.events.append(Event("cancelled", lead, other, first.date + timedelta(days=r.randint(-2, 1)), first.city,
                                   r.choice(["owing to scheduling issues", "at the last minute", "without explanation"])))

    # ---------------------------------------------------------------- tweets

    def _tweets(self, r: Random, st: Story) -> None:
        for index, meeting in enumerate(st.meetings):
            for n in range(2):
                if r.random() < (0.55 if n == 0 else 0.3):
                    tweet = self._tweet(r, st, meeting.date, meeting.visitors + meeting.hosts, meeting, index)
                    if tweet:
                        st.tweets.append(tweet)
        for index, event in enumerate(st.events):
            if event.kind in ("phone", "video", "briefing") and r.random() < 0.4:
                people = [event.a] + ([event.b] if event.b else [])
                tweet = self._tweet(r, st, event.date, people, event, 100 + index)
                if tweet:
                    st.tweets.append(tweet)

    def _tweet(self, r: Random, st: Story, day: date, people: list[Person], about, index: int) -> Tweet | None:
        with_handles = [p for p in people if p.handle]
        if with_handles and r.random() < 0.75:
            author = r.choice(with_handles)
            handle, principal = author.handle, author
            display = (f"{RANKS[author.rank][1][0]} {author.full}" if author.rank in ("dr", "amb", "gen") and r.random() < 0.5
                       else author.full)
        else:
            principals = [p for p in people if COUNTRIES[p.ck]["handle"]]
            if not principals:
                return None
            author, principal = None, r.choice(principals)
            c = COUNTRIES[principal.ck]
            handle = c["handle"]
            display = r.choice([c["mofa"], f"{c['mofa']} - {c['name'].removeprefix('the ')}", f"Spokesperson {c['mofa_short']}"])
        counterpart = next((p for p in people if p.ck != principal.ck), None) or next((p for p in people if p is not principal), None)
        text = self._tweet_text(r, st, about, author, principal, counterpart)
        moment = datetime(day.year, day.month, day.day, r.randint(6, 14), r.randrange(60), r.randrange(60),
                          r.randrange(1000) * 1000, tzinfo=timezone.utc)
        return Tweet(id=snowflake(moment, r.getrandbits(22)), moment=moment, author=author, handle=handle,
                     display=display, text=text, about=index)

    @staticmethod
    def _short_ref(r: Random, p: Person | None) -> str:
        if p is None:
            return "our partners"
        if p.handle and r.random() < 0.45:
            return f"@{p.handle}"
        forms = p.title_forms()
        if forms and r.random() < 0.7:
            return f"{r.choice(forms)} {p.surname}"
        return p.full

    def _tweet_text(self, r, st: Story, about, author, principal, counterpart) -> str:
        topic, topic2 = st.topics[0], st.topics[1]
        goal = r.choice(GOALS)
        cp = self._short_ref(r, counterpart)
        if isinstance(about, Event):
            if about.kind == "briefing":
                return f"Weekly press briefing by the spokesperson. Highlights: {topic}, {topic2} and the situation in the region."
            if author is None:
                who = self._short_ref(r, principal)
                return r.choice([f"{who} spoke with {cp} today on {topic}. Both sides agreed to remain in close contact.",
                                 f"Telephone conversation between {who} and {cp}. Matters of mutual interest, including {topic}, were discussed."])
            return r.choice([
                f"Spoke with {cp} today. We discussed {topic} and agreed to remain in close contact.",
                f"Productive call with {cp} on {topic}. Reaffirmed our commitment to {goal}.",
                f"Held a virtual meeting with {cp} to review {topic} and {topic2}.",
            ])
        meeting = about
        place = f"at {meeting.venue}" if meeting.venue else f"in {meeting.city}"
        if author is None:
            who = self._short_ref(r, principal)
            return r.choice([
                f"{who} met {cp} in {meeting.city} today. The two sides discussed {topic} and agreed to work together for {goal}.",
                f"{who} received {cp}. Matters of mutual interest, including {topic}, were discussed." if principal in meeting.hosts
                else f"{who} called on {cp}. Matters of mutual interest, including {topic}, were discussed.",
                f"Meeting between {who} and {cp} in {meeting.city}. Both sides underlined the importance of {goal}.",
            ])
        if author in meeting.hosts and not meeting.conference:
            return r.choice([
                f"Received {cp} {place} today. Discussed {topic} and {topic2}.",
                f"Welcomed {cp} to {meeting.city}. {cap(COUNTRIES[author.ck]['name'])} remains committed to {goal}.",
                f"Good meeting with {cp} today. We agreed to deepen cooperation on {topic}.",
            ])
        return r.choice([
            f"Had a productive meeting with {cp} in {meeting.city} today. We discussed {topic} and the way forward on {goal}.",
            f"Pleased to meet {cp} {place}. Appreciated the insights on {topic}.",
            f"Good meeting with {cp}. We share the goal of {goal}.",
            f"Met {cp} today. Discussed {topic}; agreed to stay in close touch.",
        ])


# ====================================================================== outlets

def _o(name, **fields):
    fields.setdefault("home", None)
    fields.setdefault("w", 1)
    fields.setdefault("curly", True)
    fields.setdefault("mr", False)
    fields.setdefault("british", False)
    fields.setdefault("dl", "inline")
    fields.setdefault("footer", None)
    fields["name"] = name
    return fields


OUTLETS = {
    "wire": [
        _o("Reuters", kind="reuters", w=8, curly=False, url="reuters"),
        _o("Associated Press", kind="ap", w=7, curly=False, url="ap"),
        _o("Associated Press of Pakistan", kind="app", w=8, home="PK", url="app"),
        _o("IANS", kind="ians", w=5, home="IN", british=True, url="ians"),
        _o("AFP", kind="afp", w=3, curly=False, url="afp"),
        _o("Xinhua", kind="xinhua", w=2, home="CN", curly=False, url="xinhua"),
        _o("TASS", kind="tass", w=2, home="RU", curly=False, url="tass"),
    ],
    "newspaper": [
        _o("Dawn", home="PK", w=6, mr=True, footer="Published in Dawn, {ord}", url="dawn"),
        _o("The Express Tribune", home="PK", w=5, dl="own_line", footer="Published in The Express Tribune, {ord}.", url="tribune", caption=True),
        _o("The News International", home="PK", w=4, url="thenews", mr=True),
        _o("The Nation", home="PK", w=3, dl="dash", url="nation"),
        _o("Daily Times", home="PK", w=2, url="dailytimes"),
        _o("Arab News", home="SA", w=2, url="arabnews"),
        _o("Hindustan Times", home="IN", w=2, dl="mixed", british=True, url="ht"),
        _o("The Hindu", home="IN", w=2, dl="own_line", british=True, url="hindu"),
        _o("Pajhwok Afghan News", home="AF", w=2, dl="pajhwok", url="pajhwok"),
        _o("Daily Sabah", home="TR", w=1, url="sabah"),
        _o("The Peninsula", home="QA", w=1, url="peninsula"),
        _o("Global Times", home="CN", w=1, dl="none", url="globaltimes"),
        _o("The Guardian", home="GB", w=1, dl="none", british=True, curly=True, url="guardian"),
    ],
    "tv": [
        _o("Geo News", home="PK", w=5, url="geo"), _o("ARY News", home="PK", w=4, url="ary"),
        _o("Samaa TV", home="PK", w=3, url="samaa"), _o("Dunya News", home="PK", w=3, url="dunya", dl="dunya"),
        _o("PTV News", home="PK", w=2, url="ptv"), _o("TOLOnews", home="AF", w=3, dl="none", url="tolo"),
        _o("Ariana News", home="AF", w=2, dl="none", url="ariana"), _o("WION", home="IN", w=2, url="wion", british=True),
        _o("NDTV", home="IN", w=2, url="ndtv", british=True), _o("CGTN", home="CN", w=1, dl="none", url="cgtn"),
        _o("Al Jazeera", home="QA", w=1, dl="none", url="aljazeera"),
    ],
}
STYLE_WEIGHTS = {"wire": 35, "newspaper": 30, "press": 12, "tv": 23}

AP_STANDALONE = {"Beijing", "Moscow", "London", "Paris", "Berlin", "Geneva", "New Delhi", "Islamabad", "Washington",
                 "New York", "Cairo", "Brussels", "Istanbul"}
SECTIONS = ["Home", "Pakistan", "World", "Business", "Sport", "Opinion", "Sci-Tech", "Entertainment", "Videos", "Latest"]
COMMENTS = [
    "Pakistan has always supported peace in the region.", "Good step. Dialogue is the only way forward.",
    "What about inflation at home?", "Words, words, words. Show us results.", "Long live Pak-Afghan friendship!",
    "Very good development for the whole region", "Why is nobody talking about the refugees?",
    "These meetings never change anything on the ground.", "Great news, finally some progress.",
    "History will judge these decisions.", "Trade, not aid, is what the region needs.",
]


def _digits(r: Random, n: int) -> str:
    return str(r.randrange(10 ** (n - 1), 10 ** n))


def _alnum(r: Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def outlet_url(outlet: dict, slug: str, day: date, r: Random) -> str:
    u = outlet.get("url")
    y, m, d = day.year, f"{day.month:02d}", f"{day.day:02d}"
    return {
        "reuters": lambda: (f"https://www.reuters.com/article/{slug}-id{r.choice(['USKBN', 'USKCN', 'INKBN'])}{_alnum(r, 6).upper()}"
                            if y < 2021 else f"https://www.reuters.com/world/asia-pacific/{slug}-{y}-{m}-{d}/"),
        "ap": lambda: f"https://apnews.com/article/{slug}-{''.join(r.choice('0123456789abcdef') for _ in range(32))}",
        "app": lambda: f"https://www.app.com.pk/national/{slug}/",
        "ians": lambda: f"https://www.business-standard.com/article/news-ians/{slug}-{y % 100}{m}{d}{_digits(r, 5)}_1.html",
        "afp": lambda: f"https://www.france24.com/en/live-news/{y}{m}{d}-{slug}",
        "xinhua": lambda: f"http://www.xinhuanet.com/english/{y}-{m}/{d}/c_{_digits(r, 9)}.htm",
        "tass": lambda: f"https://tass.com/politics/{_digits(r, 7)}",
        "dawn": lambda: f"https://www.dawn.com/news/{_digits(r, 7)}/{slug}",
        "tribune": lambda: f"https://tribune.com.pk/story/{_digits(r, 7)}/{slug}",
        "thenews": lambda: f"https://www.thenews.com.pk/print/{_digits(r, 6)}-{slug}",
        "nation": lambda: f"https://www.nation.com.pk/{d}-{MON[day.month - 1]}-{y}/{slug}",
        "dailytimes": lambda: f"https://dailytimes.com.pk/{_digits(r, 6)}/{slug}/",
        "arabnews": lambda: f"https://www.arabnews.com/node/{_digits(r, 7)}/world",
        "ht": lambda: f"https://www.hindustantimes.com/india-news/{slug}-101{_digits(r, 12)}.html",
        "hindu": lambda: f"https://www.thehindu.com/news/international/{slug}/article{_digits(r, 8)}.ece",
        "pajhwok": lambda: f"https://pajhwok.com/{y}/{m}/{d}/{slug}/",
        "sabah": lambda: f"https://www.dailysabah.com/politics/diplomacy/{slug}",
        "peninsula": lambda: f"https://thepeninsulaqatar.com/article/{d}/{m}/{y}/{slug}",
        "globaltimes": lambda: f"https://www.globaltimes.cn/page/{y}{m}/{_digits(r, 7)}.shtml",
        "guardian": lambda: f"https://www.theguardian.com/world/{y}/{MON[day.month - 1].lower()}/{d}/{slug}",
        "geo": lambda: f"https://www.geo.tv/latest/{_digits(r, 6)}-{slug}",
        "ary": lambda: f"https://arynews.tv/{slug}/",
        "samaa": lambda: f"https://www.samaa.tv/news/{y}/{m}/{slug}/",
        "dunya": lambda: f"https://dunyanews.tv/en/Pakistan/{_digits(r, 6)}-{slug.title()}",
        "ptv": lambda: f"https://ptvnews.ptv.com.pk/news/{_digits(r, 5)}",
        "tolo": lambda: f"https://tolonews.com/afghanistan-{_digits(r, 6)}",
        "ariana": lambda: f"https://www.ariananews.af/{slug}/",
        "wion": lambda: f"https://www.wionews.com/world/{slug}-{_digits(r, 6)}",
        "ndtv": lambda: f"https://www.ndtv.com/world-news/{slug}-{_digits(r, 7)}",
        "cgtn": lambda: f"https://news.cgtn.com/news/{y}-{m}-{d}/{slug.title().replace('-', '-')[:40]}-{_alnum(r, 10)}/index.html",
        "aljazeera": lambda: f"https://www.aljazeera.com/news/{y}/{day.month}/{day.day}/{slug}",
    }.get(u, lambda: f"https://example.org/{slug}")()


_SPACES = re.compile(r"\s{2,}|[\t\n]")
_SPACE_PUNCT = re.compile(r"\s+([.,;:])")


def tidy(sentence: str) -> str:
    """Collapse the doubled spaces and stray commas that optional phrases leave behind."""
    if "  " in sentence or "\n" in sentence or "\t" in sentence:
        sentence = _SPACES.sub(" ", sentence)
    sentence = sentence.strip()
    if " ." in sentence or " ," in sentence or " ;" in sentence or " :" in sentence:
        sentence = _SPACE_PUNCT.sub(r"\1", sentence)
    if ",," in sentence or ",." in sentence or ". ." in sentence:
        sentence = sentence.replace(",,", ",").replace(",.", ".").replace(". .", ".")
    return sentence


def esc(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


# ====================================================================== one article

class Writer:
    """Writes one article: picks its story, date, house style and outlet, then its text or HTML page."""

    def __init__(self, gen: "Generator", index: int):
        self.gen, self.cast, self.index = gen, gen.cast, index
        self.r = r = Random(f"{gen.seed}:article:{index}")
        shared = r.random() < SHARED_STORY_SHARE
        self.story = gen.stories.make(f"s{r.randrange(gen.shared_pool)}" if shared else f"u{index}")
        self.seen: set[int] = set()
        self.spellings: dict[int, tuple[str, str, str]] = {}
        self.named: list[Person] = [p for m in self.story.meetings for p in m.people] + \
            [p for e in self.story.events for p in (e.a, e.b) if p]
        self.blocks: list[tuple[str, str]] = []
        self.words = 0
        self.last_subject: Person | None = None

    # ---------------------------------------------------------------- people

    def intro(self, p: Person, appos_ok: bool) -> tuple[str, bool]:
        r = self.r
        name, _, _ = self.spelling(p)
        u = r.random()
        if u < 0.55 or not appos_ok or not p.appos:
            prefix = r.choice(p.prefixes)
            rank = ""
            if p.rank and RANKS[p.rank][0].split()[-1] not in prefix and r.random() < 0.85:
                rank = r.choice(RANKS[p.rank][1]) + " "
            return f"{prefix} {rank}{name}", False
        appos = r.choice(p.appos)
        if u < 0.85 or appos.startswith("who"):
            rank = r.choice(RANKS[p.rank][1]) + " " if p.rank and r.random() < 0.7 else ""
            return f"{rank}{name}, {appos}", True
        return f"{appos}, {name}", True

    def spelling(self, p: Person) -> tuple[str, str, str]:
        """How this article spells the person (full name, given name, surname): one spelling per article."""
        chosen = self.spellings.get(p.pid)
        if chosen is None:
            chosen = p.alt if p.alt and self.r.random() < 0.15 else (p.full, p.given, p.surname)
            self.spellings[p.pid] = chosen
        return chosen

    def later(self, p: Person) -> str:
        r = self.r
        _, given, surname = self.spelling(p)
        options = [(surname, 4.0)]
        titles = p.title_forms()
        if titles:
            options.append((f"{r.choice(titles)} {surname}", 4.0))
        elif self.outlet.get("mr"):
            options.append((f"{p.honorific} {surname}", 4.0))
        options.append((r.choice(p.nouns), 1.2))
        if p.ck == "PK" and p.rank in ("gen", "ltgen"):
            options.append((f"{r.choice(RANKS[p.rank][1])} {given.split()[0]}", 1.5))
        texts, weights = zip(*options)
        return r.choices(texts, weights)[0]

    def np(self, p: Person, end: bool = False, appos: bool = True) -> str:
        if p.pid in self.seen:
            return self.later(p)
        self.seen.add(p.pid)
        self.named.append(p)
        text, trailing = self.intro(p, appos)
        return text + ("," if trailing and not end else "")

    def nps(self, people: list[Person]) -> str:
        return join_names([self.np(p, end=True, appos=False) for p in people])

    def subject(self, p: Person) -> str:
        """A later reference to a sentence subject, sometimes a pronoun."""
        if p is self.last_subject and p.pid in self.seen and self.r.random() < 0.45:
            return cap(p.he)
        self.last_subject = p
        return cap(self.np(p))

    # ---------------------------------------------------------------- dates and places

    def md(self, day: date) -> str:
        return month_day(day, self.british)

    def when(self, day: date) -> str:
        r, P = self.r, self.P
        delta = (P - day).days
        wd = WEEKDAYS[day.weekday()]
        if delta <= 0:
            options = [f"on {wd}"] * 3 + ["today", "earlier today", f"on {self.md(day)}"]
        elif delta == 1:
            options = ["yesterday", "yesterday", f"on {wd}", f"on {wd}", f"on {self.md(day)}"]
        elif delta < 7:
            options = [f"on {wd}"] * 3 + [f"on {self.md(day)}"]
        elif delta < 14:
            options = ["last week", f"on {self.md(day)}", f"on {self.md(day)}"]
        else:
            options = [f"on {self.md(day)}"] * 2
            if day.month == P.month and day.year == P.year:
                options.append("earlier this month")
            elif (P.replace(day=1) - timedelta(days=1)).month == day.month and P.year * 12 + P.month - (day.year * 12 + day.month) == 1:
                options.append("last month")
        return r.choice(options)

    def future(self, day: date) -> str:
        r, P = self.r, self.P
        delta = (day - P).days
        wd = WEEKDAYS[day.weekday()]
        if delta <= 1:
            options = ["tomorrow", "tomorrow", f"on {wd}"]
        elif delta < 7:
            options = [f"on {wd}", f"on {self.md(day)}"] + (["later this week"] if day.weekday() > P.weekday() else [])
        elif delta < 14:
            options = ["next week", f"on {self.md(day)}"]
        else:
            options = [f"on {self.md(day)}"] + (["later this month"] if day.month == P.month else [])
        return r.choice(options)

    def place(self, m: Meeting) -> str:
        r = self.r
        here = m.city == self.dateline_city
        if m.conference:
            return f"on the sidelines of {m.conference}" + (f" in {m.city}" if r.random() < 0.6 else "")
        if m.venue:
            u = r.random()
            if u < 0.4 or (u < 0.7 and m.city in m.venue):
                return f"at {m.venue}"
            if u < 0.7:
                return f"at {m.venue} in {m.city}"
            if u < 0.85 or not here:
                return f"in {m.city}"
            return ""
        return "" if here and r.random() < 0.35 else f"in {m.city}"

    def both(self, when: str, place: str) -> str:
        return f"{when} {place}" if self.r.random() < 0.5 else f"{place} {when}"

    def topic(self, k: int = 0) -> str:
        return self.story.topics[k % len(self.story.topics)]

    # ---------------------------------------------------------------- paragraphs

    def add(self, kind: str, text: str) -> None:
        if kind == "p":
            text = tidy(text)
            self.words += len(text.split())
        self.blocks.append((kind, text))

    def meeting_lead(self, m: Meeting) -> str:
        r = self.r
        when, place = self.when(m.date), self.place(m)
        wp = self.both(when, place).strip()
        visitors, host = m.visitors, m.hosts[0]
        many = len(visitors) > 1
        topic = self.topic()

        def vis(end=False):
            return self.nps(visitors) if many else self.np(visitors[0], end=end)

        choices = [0, 1, 2, 3, 6, 8, 11] if many else list(range(12))
        if m.conference:
            choices = [k for k in choices if k not in (6, 7, 11)] + [12, 12]
        k = r.choice(choices)
        self.last_subject = visitors[0]
        if k == 0:
            return f"{cap(vis())} met {self.np(host, end=not wp)} {wp}."
        if k == 1:
            return f"{cap(vis())} called on {self.np(host, end=not wp)} {self.both(place, when)}."
        if k == 2:
            return f"{cap(vis())} held talks with {self.np(host, end=not wp)} {wp}."
        if k == 3:
            return f"{cap(when)}, {vis()} met {self.np(host, end=not place)} {place}."
        if k == 4:
            self.last_subject = host
            return f"{cap(self.np(host))} received {self.np(visitors[0], end=not wp)} {wp}."
        if k == 5:
            return f"{cap(vis())} and {self.np(host)} met {wp} to discuss {topic}."
        if k == 6:
            return f"{cap(vis())} {when} paid a visit to {m.city} and met {self.np(host, end=True)}."
        if k == 7:
            return f"{cap(vis(end=True))}, who arrived in {m.city} {when}, held talks with {self.np(host, end=True)}."
        if k == 8:
            return f"{cap(vis())} had a meeting with {self.np(host, end=not wp)} {wp}, during which {topic} was discussed."
        if k == 9:
            return f"In a meeting with {self.np(host, end=not wp)} {wp}, {vis()} discussed {topic} and {self.topic(1)}."
        if k == 10:
            return f"{cap(vis())} and {self.np(host)} discussed {topic} during a meeting {wp}."
        if k == 11:
            adj = COUNTRIES[visitors[0].ck]["adj"]
            return f"{cap(a_an(adj))} delegation led by {vis()} met {self.np(host, end=not wp)} {wp}."
        return f"On the sidelines of {m.conference}, {vis()} met {self.np(host)} {when}."

    def meeting_followup(self, m: Meeting, previous: Meeting) -> str:
        r = self.r
        same_day = m.date == previous.date
        when = "" if same_day and r.random() < 0.5 else self.when(m.date)
        place = self.place(m)
        wp = self.both(when, place).strip()
        visitor, host = m.visitors[0], m.hosts[0]
        connector = r.choice(["Later, ", "Separately, ", ""] if same_day else ["Separately, ", "", ""])
        choices = [0, 1, 2] + ([3] if when else []) + ([4] if same_day else [])
        k = r.choice(choices)
        if k == 0:
            return f"{connector}{self.subject(visitor) if not connector else self.np(visitor)} also called on {self.np(host, end=not wp)} {wp}."
        if k == 1:
            return f"{connector}{self.subject(visitor) if not connector else self.np(visitor)} held a separate meeting with {self.np(host, end=not wp)} {wp}."
        if k == 2:
            self.last_subject = host
            return f"{connector}{self.np(host)} received {self.np(visitor, end=not wp)} {wp}."
        if k == 3:
            return f"{cap(when)}, {self.np(visitor)} met {self.np(host, end=not place)} {place}."
        return f"{self.subject(visitor)} later met {self.np(host, end=not place)} {place}."

    def meeting_details(self, m: Meeting) -> list[str]:
        r = self.r
        out = []
        visitor, host = m.visitors[0], m.hosts[0]
        if m.companions:
            companions = m.companions
            k = r.randrange(3)
            if k == 0:
                who = "They" if len(m.visitors) > 1 else self.subject(visitor)
                out.append(f"{who} {'were' if who == 'They' else 'was'} accompanied by {self.nps(companions)}.")
            elif k == 1:
                out.append(f"{cap(self.nps(companions))} accompanied {self.np(visitor, end=True)}.")
            else:
                out.append(f"The {COUNTRIES[visitor.ck]['adj']} delegation included {self.nps(companions)}.")
        if m.attendees:
            plural = len(m.attendees) > 1
            be = "were" if plural else "was"
            k = r.randrange(5)
            if k == 0:
                out.append(f"{cap(self.nps(m.attendees))} {be} also present at the meeting.")
            elif k == 1:
                out.append(f"{cap(self.nps(m.attendees))} also attended the meeting.")
            elif k == 2:
                out.append(f"The meeting was also attended by {self.nps(m.attendees)}.")
            elif k == 3:
                out.append(f"Also present {be} {self.nps(m.attendees)}.")
            else:
                out.append(f"{cap(self.nps(m.attendees))} {be} also present.")
        hc = COUNTRIES[host.ck]
        issuer = ("the Inter-Services Public Relations (ISPR)" if host.ck == "PK" and host.role_key in ("army", "intel")
                  else r.choice([f"the {hc['mofa_short']}", f"the {hc['mofa']}"]))
        goal, claim = r.choice(GOALS), self.claim(hc)
        options = [
            lambda: f"Matters of mutual interest, {self.topic()} and {self.topic(1)} were discussed during the meeting, according to a statement issued by {issuer}.",
            lambda: f"The two sides discussed {self.topic()} and agreed to work together for {goal}.",
            lambda: f"During the meeting, {self.np(host)} underlined the importance of {goal}.",
            lambda: f"{cap(self.np(visitor))} appreciated {hc['poss'] or 'the host country' + chr(39) + 's'} role in {self.topic()}.",
            lambda: f"Both sides reaffirmed their commitment to {goal}.",
            lambda: f"{cap(self.np(host))} told {self.np(visitor)} that {claim}.",
            lambda: f"The visiting dignitary acknowledged {hc['poss'] or 'the host country' + chr(39) + 's'} efforts for {goal}.",
            lambda: f"A statement issued by the {hc['mofa']} after the meeting said {self.claim(hc)}.",
            lambda: f"The two sides also exchanged views on {self.topic(2)}.",
            lambda: f"{cap(self.np(visitor))} briefed {self.np(host)} on {self.topic(1)}.",
            lambda: f"{cap(self.np(host))} said {hc['name']} valued its {r.choice(['close', 'longstanding', 'brotherly', 'growing'])} ties with {COUNTRIES[visitor.ck]['name']}.",
            lambda: self.greetings(visitor, host),
        ]
        for pick in r.sample(range(len(options)), r.choice([2, 2, 3, 4])):
            out.append(options[pick]())
        if r.random() < 0.55:
            out.append(self.quote(r.choice([host, visitor]), COUNTRIES[r.choice([host, visitor]).ck]))
        return out

    def greetings(self, visitor: Person, host: Person) -> str:
        """The visitor conveys the greetings of a leader who is not at the meeting (a mention, not a participant)."""
        leader = self.cast.top[visitor.ck].get("head_state") or self.cast.top[visitor.ck].get("head_gov")
        if not leader or leader is visitor or leader.pid not in self.seen and not self.cast.fits(leader, self.named):
            return "Both sides agreed to remain in close contact."
        return f"{cap(self.np(visitor))} conveyed the greetings of {self.np(leader)} to {self.np(host, end=True)}."

    def visit_context(self, m: Meeting) -> str:
        r = self.r
        v = m.visitors[0]
        country = COUNTRIES[m.hosts[0].ck]["name"] if m.hosts[0].ck != "TB" else "Qatar"
        if r.random() < 0.5:
            return (f"{self.subject(v)} is on a {r.choice(['two-day', 'three-day', 'four-day', 'day-long'])} visit to {country} "
                    f"at the head of {with_article(r.randint(3, 12))}-member delegation.")
        since = self.P - timedelta(days=r.randint(60, 700))
        return f"It is {v.his} {r.choice(ORDINALS[1:])} visit to {country} since {MONTHS[since.month - 1]} {since.year}."

    def claim(self, c: dict) -> str:
        return self.r.choice(CLAIMS).format(C=c["name"], goal=self.r.choice(GOALS))

    def quote(self, p: Person, c: dict) -> str:
        r = self.r
        text = r.choice(QUOTES).format(topic=self.topic(r.randrange(3)), C=cap(c["name"]), goal=r.choice(GOALS))
        k = r.randrange(5)
        if k == 0:
            return f"“{text},” {self.np(p)} said."
        if k == 1:
            return f"“{text},” said {self.np(p, end=True)}."
        if k == 2:
            return f"{cap(self.np(p))} said {self.claim(c)}."
        if k == 3:
            return f"“{text},” {self.np(p)} told reporters after the meeting."
        return f"“{text}. {r.choice(['We look forward to', 'We are committed to'])} {r.choice(GOALS)},” {self.np(p)} said."

    def event_sentence(self, e: Event) -> str | None:
        r = self.r
        a, b = e.a, e.b
        if e.kind in ("phone", "video") and e.date <= self.P:
            when = self.when(e.date)
            if e.kind == "phone":
                k = r.randrange(4)
                if k == 0:
                    return f"{cap(self.np(a))} spoke by telephone with {self.np(b, end=False)} {when}."
                if k == 1:
                    return f"{cap(self.np(a))} telephoned {self.np(b)} {when} to discuss {self.topic()}."
                if k == 2:
                    return f"In a telephone conversation {when}, {self.np(a)} and {self.np(b)} discussed {self.topic()}."
                return f"{cap(self.np(a))} received a telephone call from {self.np(b)} {when}."
            k = r.randrange(3)
            if k == 0:
                return f"{cap(self.np(a))} held a video conference with {self.np(b)} {when}."
            if k == 1:
                return f"{cap(self.np(a))} and {self.np(b)} held a virtual meeting {when} to review {self.topic()}."
            return f"In a video call {when}, {self.np(a)} and {self.np(b)} discussed {self.topic()}."
        if e.kind == "planned" and e.date > self.P:
            fut = self.future(e.date)
            k = r.randrange(5)
            if k == 0:
                return f"{cap(self.np(a))} will meet {self.np(b)} in {e.city} {fut}."
            if k == 1:
                return f"{cap(self.np(a))} is expected to call on {self.np(b)} {fut}."
            if k == 2:
                return f"{cap(self.np(a))} is scheduled to hold talks with {self.np(b)} in {e.city} {fut}."
            if k == 3:
                return f"According to officials, {self.np(a)} and {self.np(b)} are set to meet {fut} in {e.city}."
            return f"{cap(self.np(a))} plans to meet {self.np(b)} during a visit to {e.city} {fut}."
        if e.kind == "cancelled":
            if e.date > self.P:
                return (f"A planned meeting between {self.np(a)} and {self.np(b)} in {e.city}, scheduled for "
                        f"{self.md(e.date)}, has been cancelled {e.extra}.")
            k = r.randrange(3)
            if k == 0:
                return f"{cap(self.np(a))} had been due to meet {self.np(b)} {self.when(e.date)}, but the meeting was cancelled {e.extra}."
            if k == 1:
                return f"A meeting between {self.np(a)} and {self.np(b, end=True)}, expected {self.when(e.date)} in {e.city}, did not take place."
            return f"{cap(self.np(a))} called off {a.his} meeting with {self.np(b)} in {e.city} {e.extra}, officials said."
        if e.kind == "briefing" and e.date <= self.P:
            when = self.when(e.date)
            c = COUNTRIES[a.ck]
            if r.random() < 0.5:
                return f"Speaking at the weekly press briefing in {e.city} {when}, {self.np(a)} said {self.claim(c)}."
            return f"{cap(self.np(a))} told the weekly media briefing {when} that {self.claim(c)}."
        return None

    def planned_meeting(self, m: Meeting) -> str:
        r = self.r
        fut = self.future(m.date)
        visitor, host = m.visitors[0], m.hosts[0]
        k = r.randrange(3)
        if k == 0:
            return f"{self.subject(visitor)} is also expected to call on {self.np(host)} {fut}."
        if k == 1:
            return f"{self.subject(visitor)} will also meet {self.np(host, end=not m.venue)} {('at ' + m.venue) if m.venue else ''} {fut}."
        return f"During the visit, {self.np(visitor)} is scheduled to hold talks with {self.np(host)} {fut}."

    # ---------------------------------------------------------------- tweets

    def status_url(self, t: Tweet) -> str:
        r = self.r
        u = r.random()
        host = "x.com" if (self.P >= date(2023, 7, 24) and u < 0.6) or u < 0.04 else (
            "mobile.twitter.com" if u < 0.08 else r.choice(["twitter.com", "twitter.com", "www.twitter.com"]) if u < 0.1 else "twitter.com")
        url = f"https://{host}/{t.handle}/status/{t.id}"
        v = r.random()
        if v < 0.12:
            url += "?s=20"
        elif v < 0.18:
            url += f"?s=20&t={_alnum(r, 22)}"
        elif v < 0.21:
            url += "/"
        return url

    def tweet_paragraph(self, t: Tweet, previous: Tweet | None) -> str:
        r = self.r
        text = t.text
        bare = text.rstrip(".")
        platform = "X" if self.P >= date(2023, 7, 24) else "Twitter"
        if t.author is None:
            c = next(c for c in COUNTRIES.values() if c["handle"] == t.handle)
            k = r.randrange(3)
            if k == 0:
                return f"The {c['mofa_short']} said in a tweet: “{text}”"
            if k == 1:
                return f"In a post on {platform}, the {c['adj']} {c['mofa_short']} said: “{text}”"
            return f"“{bare},” the {c['mofa_short']} tweeted."
        if previous is not None and previous.author is t.author:
            return f"“{bare},” {t.author.he} added."
        k = r.randrange(4)
        if k == 0:
            return f"In a tweet, {self.np(t.author)} said: “{text}”"
        if k == 1:
            return f"“{bare},” {self.np(t.author)} wrote on {platform}."
        if k == 2:
            return f"{cap(self.np(t.author))} later took to {platform}, saying: “{text}”"
        return f"Sharing details of the meeting on {platform}, {self.np(t.author)} said: “{text}”"

    def cite(self, tweets: list[Tweet]) -> None:
        previous = None
        for t in tweets:
            self.add("p", self.tweet_paragraph(t, previous))
            if self.is_html and self.r.random() < 0.5:
                self.blocks.append(("tweet_embed", t))
            elif not self.is_html and self.r.random() < 0.1:
                day = t.moment.date()
                pic = f" pic.twitter.com/{_alnum(self.r, 10)}" if self.r.random() < 0.5 else ""
                self.blocks.append(("tweet_flat", f"{t.text}{pic}\n— {t.display} (@{t.handle}) {MONTHS[day.month - 1]} {day.day}, {day.year}"))
                if self.r.random() < 0.5:
                    self.blocks.append(("tweet_url", self.status_url(t)))
            else:
                self.blocks.append(("tweet_url", self.status_url(t)))
            previous = t

    # ---------------------------------------------------------------- filler

    def journalist(self, region: str | None = None) -> str:
        pool = REGIONS[region or self.r.choice(["pakistani", "anglo", "indian", "afghan", "anglo"])]
        given = self.r.choice(pool["male"] + pool["female"])
        surname = self.r.choice(pool["surname"])
        return f"{surname} {given}" if pool.get("order") == "eastern" else f"{given} {surname}"

    def filler_bank(self) -> list:
        """Background sentences for this article, each usable once: (needs a meeting or visit, maker)."""
        r, st = self.r, self.story
        host, guest = COUNTRIES[st.host], COUNTRIES[st.guest]
        h, g = host["name"], guest["name"]
        H, G = cap(h), cap(g)
        t0, t1, t2 = self.topic(0), self.topic(1), self.topic(2)
        contexts = self.contexts()
        others = [COUNTRIES[k]["name"] for k in r.sample([k for k in NATIONS if k not in (st.host, st.guest)], 3)]
        year, month_before = self.P.year, MONTHS[(self.P.month - 2) % 12]
        goal = lambda: r.choice(GOALS)
        city = lambda: r.choice(COUNTRIES[r.choice(NATIONS)]["cities"])
        projects = [name for name, where in PROJECTS if where is None or {st.host, st.guest} & where]
        meeting_city = (self.reported or st.meetings or [None])[0].city if (self.reported or st.meetings) else host["capital"]

        def spokesperson():
            spox = self.cast.top[st.host].get("spox") if st.host != "TB" else None
            if spox and spox.pid not in self.seen and not self.cast.fits(spox, self.named):
                spox = None
            if not spox:
                return f"Critics, however, question whether {t1} can advance without {goal()}."
            if r.random() < 0.5:
                return f"Speaking at the weekly press briefing, {self.np(spox)} said {self.claim(host)}."
            return f"{cap(self.np(spox))} told reporters that {self.claim(host)}."

        def bystander():
            person = self.cast.other(r, st.guest if r.random() < 0.5 else st.host, exclude=self.named)
            k = r.randrange(3)
            if k == 0:
                return f"{cap(self.np(person, end=True))}, who was not part of the talks, said {self.claim(COUNTRIES[person.ck])}."
            if k == 1:
                return f"{cap(self.np(person))} is expected to travel to {city()} later this month for talks on {t2}."
            return f"Last week, {self.np(person)} said in an interview that {self.claim(COUNTRIES[person.ck])}."

        def head_of_government():
            head = self.cast.top[st.host].get("head_gov") or self.cast.top[st.host].get("head_state")
            if head and (head.pid in self.seen or self.cast.fits(head, self.named)):
                return f"The {head.surname} government has made {t0} a central plank of its foreign policy, officials say."
            return f"Officials say {t0} has become a central plank of {host['poss'] or h} foreign policy."

        def analyst():
            return (f"“{r.choice(['The symbolism matters as much as the substance', 'Both capitals need this engagement', 'Expectations should be kept modest', 'This is a long game'])},” "
                    f"said {self.journalist()}, an analyst at the {r.choice(['Institute of Strategic Studies', 'Centre for Regional Studies', 'South Asia Institute', 'Institute of Policy Studies', 'Centre for Peace and Security'])} "
                    f"in {r.choice(['Islamabad', 'Kabul', 'Washington', 'New Delhi', 'London', 'Doha'])}.")

        bank = [
            (True, "any", lambda: f"The visit comes at a time when {r.choice(contexts)}."),
            (False, "media", lambda: f"{cap(r.choice(['observers', 'analysts', 'diplomats']))} believe the two sides will {r.choice(['seek common ground on', 'focus on', 'try to narrow differences over'])} {t0}."),
            (False, "any", lambda: f"Bilateral trade between {h} and {g} stood at ${r.randint(1, 19)}.{r.randint(1, 9)} billion in {year - 1}, according to official figures."),
            ("met", "any", lambda: f"Officials said the two sides also reviewed progress on {r.choice(projects)}."),
            (False, "any", lambda: f"{H} has repeatedly said that {self.claim(host)}."),
            (False, "any", lambda: f"{G}, for its part, has called for {goal()}."),
            (False, "media", lambda: f"Diplomatic sources said the next round of talks was likely to be held in {city()}. No date has been announced."),
            (False, "any", lambda: f"In recent months, {guest['adj']} officials have stepped up contacts with regional countries, including {others[0]}, {others[1]} and {others[2]}, to build support for {goal()}."),
            (False, "media", lambda: f"Speaking to reporters, a senior official who requested anonymity said {self.claim(host)}."),
            (False, "any", lambda: f"Work on {t1} remained a priority, {r.choice(['the official added', 'officials said', 'sources said'])}."),
            (False, "media", spokesperson), (False, "media", bystander), (False, "media", bystander), (False, "media", analyst), (False, "any", head_of_government),
            (False, "any", lambda: f"In {month_before}, {guest['adj']} and {host['adj']} officials signed {NUMBER_WORDS[r.randint(2, 9)]} memorandums of understanding covering {t0}, {t1} and {r.choice(['education', 'health', 'culture', 'agriculture'])}."),
            ("met", "any", lambda: f"The meeting was the {r.choice(ORDINALS[1:])} high-level contact between the two sides this year."),
            (False, "any", lambda: f"{cap(r.choice(contexts))}."),
            (False, "any", lambda: f"{H} and {g} share a long history of cooperation on {t1}, though relations have seen ups and downs over the past decade."),
            (False, "afpak", lambda: f"The {r.choice(['UN', 'World Bank', 'Asian Development Bank'])} estimates that more than {r.randint(2, 24)} million people in Afghanistan need humanitarian assistance, a figure that has {r.choice(['risen', 'grown sharply', 'barely changed'])} over the past year."),
            (True, "any", lambda: f"Earlier, the delegation visited {r.choice(['a trade fair', 'the National Assembly', 'a refugee camp', 'a border crossing point', 'a university', 'an industrial zone'])}, where it was briefed on {t2}."),
            (False, "afpak", lambda: f"Several rounds of talks have been held in {r.choice(['Doha', 'Moscow', 'Istanbul', 'Tashkent', 'Geneva'])} and elsewhere without a breakthrough."),
            (False, "any", lambda: f"The {r.choice(['Shanghai Cooperation Organisation', 'Organisation of Islamic Cooperation', 'Economic Cooperation Organisation'])} is expected to discuss {t2} at its next meeting, which officials from {others[0]} and {others[1]} are also due to attend."),
            (True, "media", lambda: f"{cap(guest['adj'])} media described the visit as {r.choice(['significant', 'long overdue', 'a turning point', 'routine'])}, while opposition figures in {h} called for more transparency about what had been agreed."),
            ("met", "any", lambda: "Statements issued afterwards did not provide further details."),
            (True, "media", lambda: f"Security was tight in {meeting_city}, with roads around the {r.choice(['diplomatic enclave', 'government quarter'] + (['Red Zone'] if meeting_city == 'Islamabad' else []))} closed to traffic for several hours."),
            (False, "any", lambda: f"The two countries established diplomatic relations in {r.randint(1947, 1992)}."),
            (False, "any", lambda: f"{cap(guest['adj'])} officials have described {h} as a key partner on {t0}."),
            (False, "any", lambda: f"Last year, the two sides held {NUMBER_WORDS[r.randint(2, 5)]} rounds of bilateral political consultations."),
            (True, "any", lambda: "A joint statement is expected to be issued at the end of the visit."),
            (True, "any", lambda: f"The two sides also exchanged views on the situation in {r.choice(['the Middle East', 'Central Asia', 'the Gulf', 'South Asia', 'Afghanistan'])}."),
            (False, "any", lambda: f"Earlier this year, {g} announced a ${r.randint(5, 90)} million assistance package for {t2}."),
            (False, "any", lambda: f"Experts say {t0} will require sustained engagement from all regional stakeholders."),
            (False, "any", lambda: f"Officials said a follow-up meeting at the technical level would be held within {NUMBER_WORDS[r.randint(2, 6)]} weeks."),
            (False, "pkaf", lambda: f"Trade through the {r.choice(['Torkham', 'Chaman', 'Ghulam Khan', 'Angoor Adda'])} crossing has fallen by {r.randint(10, 60)} per cent since {year - r.randint(1, 3)}, traders say."),
            ("met", "any", lambda: f"The talks were held in a {r.choice(['cordial', 'frank', 'constructive', 'friendly'])} atmosphere, officials said."),
            (False, "any", lambda: f"Talks on {t2} have been on the agenda of every high-level meeting between the two countries since {year - r.randint(2, 8)}."),
            (True, "any", lambda: cap(f"{with_article(r.randint(8, 40))}-member business delegation is also accompanying the visitors.")),
            (False, "media", lambda: f"Human rights groups have urged both governments to put {r.choice(['the rights of women and girls', 'the protection of civilians', 'the welfare of refugees'])} at the centre of their discussions."),
            (False, "afpak", lambda: f"{H} is home to {r.choice(['more than a million', 'hundreds of thousands of', 'nearly three million'])} Afghan refugees, according to UN figures." if st.host in ("PK", "IR") else f"{H} has pledged support for {t2} at several international forums."),
            (False, "any", lambda: f"The {guest['adj']} embassy in {host['capital']} said in a statement that {self.claim(guest)}."),
            (False, "media", lambda: f"Opposition lawmakers in {h} criticised the government's handling of {t1}, saying it lacked a clear strategy."),
        ]
        r.shuffle(bank)
        return bank

    def contexts(self) -> list[str]:
        involved = {self.story.host, self.story.guest}
        return [c for c, a, b, where in CONTEXTS if in_window(a, b, self.P) and (where is None or involved & where)]

    def filler(self) -> str | None:
        """One background paragraph of one to three unused sentences, or None when the bank is empty."""
        if not hasattr(self, "_bank"):
            self._bank = self.filler_bank()
        visit = bool(self.reported) or self.preview
        afpak = bool({self.story.host, self.story.guest} & {"PK", "AF", "TB", "IR", "US", "UZ", "QA", "RU", "CN"})
        sentences = []
        for _ in range(self.r.choice([1, 2, 2, 3])):
            while self._bank:
                needs_visit, kind, make = self._bank.pop()
                if (needs_visit and not visit or needs_visit == "met" and not self.reported or kind == "afpak" and not afpak or kind == "media" and self.style == "press"
                        or kind == "pkaf" and not {self.story.host, self.story.guest} & {"PK", "AF", "TB"}):
                    continue
                sentences.append(make())
                break
        return " ".join(sentences) if sentences else None

    # ---------------------------------------------------------------- headline

    def head_ref(self, p: Person) -> str:
        titles = p.title_forms()
        if titles and self.r.random() < 0.5:
            return f"{self.r.choice(titles)} {p.surname}"
        return p.surname

    def headline_for(self, story: Story, meetings: list[Meeting], events: list[Event]) -> str:
        r = self.r
        if self.preview:
            m = story.meetings[0]
            v = m.visitors[0]
            return r.choice([f"{self.head_ref(v)} arrives in {m.city} for talks",
                             f"{self.head_ref(v)} to hold talks with {COUNTRIES[m.hosts[0].ck]['adj']} leadership",
                             f"{COUNTRIES[v.ck]['adj']} {r.choice(['envoy', 'delegation'])} in {m.city} on {r.choice(['two-day', 'three-day'])} visit"])
        if meetings:
            m = meetings[0]
            v, h = m.visitors[0], m.hosts[0]
            adj_v = COUNTRIES[v.ck]["adj"]
            options = [
                f"{self.head_ref(v)} meets {self.head_ref(h)} in {m.city}",
                f"{self.head_ref(v)} calls on {self.head_ref(h)}",
                f"{adj_v} {r.choice(['envoy', 'delegation', 'official'])} holds talks with {self.head_ref(h)}",
                f"{self.head_ref(v)}, {self.head_ref(h)} discuss {_topic_short(self.topic())}",
                f"{cap(COUNTRIES[v.ck]['name'].removeprefix('the '))}, {COUNTRIES[h.ck]['name'].removeprefix('the ')} agree to boost cooperation",
                f"{self.head_ref(v)} arrives in {m.city}, meets {self.head_ref(h)}",
            ]
            if m.conference:
                options.append(f"{self.head_ref(v)} meets {COUNTRIES[h.ck]['adj']} counterpart on sidelines of {m.conference.removeprefix('the ')}")
            return r.choice(options)
        e = events[0] if events else None
        if e is None:
            return f"{cap(_topic_short(self.topic()))} in focus as diplomatic contacts intensify"
        if e.kind in ("phone", "video"):
            return r.choice([f"{self.head_ref(e.a)}, {self.head_ref(e.b)} discuss {_topic_short(self.topic())} over phone",
                             f"{self.head_ref(e.a)} {'telephones' if e.kind == 'phone' else 'holds video call with'} {COUNTRIES[e.b.ck]['adj']} counterpart"])
        if e.kind == "planned":
            return f"{self.head_ref(e.a)} to visit {e.city} for talks with {self.head_ref(e.b)}"
        if e.kind == "cancelled":
            return f"{e.a.surname}-{e.b.surname} meeting called off"
        return f"{COUNTRIES[e.a.ck]['adj']} {COUNTRIES[e.a.ck]['mofa_short']} {r.choice(['stresses', 'calls for', 'reiterates support for'])} {r.choice(GOALS).removeprefix('an ').removeprefix('a ')}"

    # ---------------------------------------------------------------- the plan

    def plan(self) -> None:
        """Which meetings this article reports, when it was published, its house style, outlet and dating."""
        r, st = self.r, self.story
        self.style = r.choices(list(STYLE_WEIGHTS), list(STYLE_WEIGHTS.values()))[0]
        # Dating: sources.csv for about half the files; the text or the page for the rest; a few have none.
        u = r.random()
        self.row_kind = "full" if u < 0.5 else "nodate" if u < 0.56 else "dateonly" if u < 0.6 else None
        csv_date = self.row_kind in ("full", "dateonly")
        self.no_date = not csv_date and r.random() < 0.05
        self.need_text_date = not csv_date and not self.no_date
        self.text_date = self.need_text_date or (csv_date and r.random() < 0.6)
        if self.no_date and self.style == "press":
            self.style = "wire"
        self.is_html = self.gen.is_html(self.index)
        # What is reported.
        meetings = st.meetings
        self.preview = bool(meetings) and st.kind == "visit" and r.random() < 0.05
        if self.preview:
            reported = []
        elif meetings:
            reported = [m for m in meetings if r.random() < 0.75] or [r.choice(meetings)]
        else:
            reported = []
        self.reported = reported
        if reported:
            anchor = max(m.date for m in reported)
        elif self.preview:
            anchor = st.d0 - timedelta(days=1)
        else:
            main = st.events[0]
            anchor = st.d0 if main.kind == "planned" else main.date
        if self.style == "press" or self.preview:
            offset = 0
        elif r.random() < 0.03:
            offset = r.randint(4, 12)
        else:
            offset = r.choices([0, 1, 2, 3], {"wire": [70, 30, 0, 0], "newspaper": [30, 55, 10, 5], "tv": [60, 35, 5, 0]}[self.style])[0]
        self.P = min(anchor + timedelta(days=offset), LAST_DAY)
        # Outlet.
        participants = {p.ck for m in meetings for p in m.people} | {e.a.ck for e in st.events}
        if self.style == "press":
            self.outlet = self.press_issuer(participants)
        else:
            candidates = OUTLETS[self.style]
            weights = [o["w"] * (4 if o["home"] in participants else 1) for o in candidates]
            self.outlet = r.choices(candidates, weights)[0]
        self.british = self.outlet.get("british", False) or r.random() < 0.1
        self.curly = self.outlet.get("curly", True)
        first_city = reported[0].city if reported else (meetings[0].city if meetings else COUNTRIES[st.host]["capital"])
        home = self.outlet.get("home")
        self.dateline_city = first_city if r.random() < 0.75 or not home or home == "TB" else COUNTRIES[home]["capital"]
        self.target_words = r.randint(250, 330) if self.style == "press" else int(r.triangular(250, 700, 340))
        self.sep = "\n\n" if r.random() < 0.75 else "\n"

    def press_issuer(self, participants: set[str]) -> dict:
        r, st = self.r, self.story
        hosts = [m.hosts[0] for m in self.reported] or [m.hosts[0] for m in st.meetings]
        if hosts and hosts[0].ck == "PK" and hosts[0].role_key in ("army", "intel") and r.random() < 0.8:
            return _o("Inter-Services Public Relations", kind="ispr", home="PK", url="ispr")
        keys = [ck for ck in (st.host, st.guest) if ck in participants and ck != "TB"] or ["PK"]
        ck = keys[0] if r.random() < 0.7 else r.choice(keys)
        c = COUNTRIES[ck]
        return _o(f"{c['mofa']}, {c['name'].removeprefix('the ')}" if ck != "US" else "U.S. Department of State", kind="mofa", home=ck, country=ck,
                  url="mofa", british=ck not in ("US",), curly=True)

    # ---------------------------------------------------------------- composing

    def compose(self) -> None:
        r, st = self.r, self.story
        reported = self.reported
        events = [e for e in st.events if not (e.kind == "planned" and e.date <= self.P) and e.date <= self.P + timedelta(days=60)]
        main_events = events if not st.meetings else []
        self.headline = self.headline_for(st, reported or st.meetings[:1], main_events or events)
        self.subheadline = None
        if self.style in ("newspaper", "tv") and r.random() < 0.4:
            self.subheadline = r.choice([
                f"{cap(_topic_short(self.topic()))} figures prominently in talks",
                f"Both sides agree to enhance cooperation in {_topic_short(self.topic(1))}",
                f"{cap(COUNTRIES[st.host]['name'])} reiterates support for {r.choice(GOALS)}",
                f"Visit comes as {r.choice(self.contexts())}",
            ])
        paragraphs: list[tuple[str, object]] = []  # (text, what it reports) in order
        # Which tweets the article cites: about one article in five.
        reported_about = {st.meetings.index(m) for m in reported} | {100 + k for k, e in enumerate(st.events) if e in events}
        available = [t for t in st.tweets if t.moment.date() <= self.P and (t.about in reported_about or r.random() < 0.2)]
        cites = not self.no_date and available and r.random() < (0.12 if self.style == "press" else 0.36)
        cited = r.sample(available, min(len(available), r.choice([1, 1, 2, 3]))) if cites else []
        cited.sort(key=lambda t: (t.about, t.id))
        if reported:
            previous = None
            for m in reported:
                index = st.meetings.index(m)
                if previous is None:
                    sentences = [self.meeting_lead(m)]
                else:
                    sentences = [self.meeting_followup(m, previous)]
                details = self.meeting_details(m)
                split = r.randint(0, len(details))
                paragraphs.append((" ".join(sentences + details[:split]), index))
                if details[split:]:
                    paragraphs.append((" ".join(details[split:]), index))
                if previous is None and self.story.kind == "visit" and r.random() < 0.4:
                    paragraphs.append((self.visit_context(m), None))
                previous = m
            later = [m for m in st.meetings if m.date > self.P and m not in reported]
            for m in later:
                if r.random() < 0.6:
                    paragraphs.append((self.planned_meeting(m), None))
        elif self.preview:
            m = st.meetings[0]
            v = m.visitors[0]
            arrival = (f"{cap(self.np(v))} {r.choice(['arrived in', 'reached'])} {m.city} {self.when(self.P)} on a "
                       f"{r.choice(['two-day', 'three-day', 'day-long'])} visit, during which {v.he} will hold talks with "
                       f"{COUNTRIES[m.hosts[0].ck]['adj']} leaders on {self.topic()}.")
            self.last_subject = v
            paragraphs.append((arrival, None))
            for m in st.meetings:
                paragraphs.append((self.planned_meeting(m), None))
        for k, e in enumerate(events):
            if reported or self.preview:
                if r.random() > 0.65:
                    continue
            sentence = self.event_sentence(e)
            if sentence:
                extra = [self.quote(e.a, COUNTRIES[e.a.ck])] if not reported and k == 0 and r.random() < 0.6 else []
                paragraphs.append((" ".join([sentence] + extra), 100 + st.events.index(e)))
        if not paragraphs:
            paragraphs.append((self.filler() or "", None))
        if r.random() < 0.1:
            paragraphs.append((self.background_meeting(), None))
        # Lead paragraph gets the dateline.
        self.header()
        for n, (text, about) in enumerate(paragraphs):
            if n == 0:
                text = self.dateline_prefix() + text
            self.add("p", text)
            mine = [t for t in cited if t.about == about]
            if mine:
                self.cite(mine)
                cited = [t for t in cited if t.about != about]
            if self.style == "tv" and n in (1, 3) and r.random() < 0.5:
                self.add("also_read", f"Also Read: {self.other_headline()}")
        if cited:
            self.cite(cited)
        guard = 0
        while self.words < self.target_words and guard < 40:
            guard += 1
            paragraph = self.filler()
            if paragraph is None or self.words >= 250 and self.words + len(paragraph.split()) > 700:
                break
            self.add("p", paragraph)
            if self.style == "tv" and guard == 2 and r.random() < 0.5:
                self.add("also_read", f"Also Read: {self.other_headline()}")
        self.footer()

    def background_meeting(self) -> str:
        r, st = self.r, self.story
        a = self.cast.lead(r, st.guest if st.guest != "TB" else "AF", exclude=self.named)
        b = self.cast.lead(r, st.host if st.host != "TB" else "QA", exclude=self.named + [a])
        day = self.P - timedelta(days=r.randint(15, 70))
        city = COUNTRIES[b.ck]["capital"]
        when = self.when(day)
        if r.random() < 0.5:
            return f"{cap(when)}, {self.np(a)} had met {self.np(b)} in {city}."
        return f"{cap(self.np(a))} had also met {self.np(b)} in {city} {when}."

    def other_headline(self) -> str:
        r = self.r
        a = self.cast.lead(r, self.story.host if self.story.host != "TB" else "AF")
        return r.choice([f"{a.surname} vows to {r.choice(['strengthen', 'expand', 'revive'])} ties with {COUNTRIES[r.choice(NATIONS)]['name'].removeprefix('the ')}",
                         f"{COUNTRIES[a.ck]['adj']} {r.choice(['FO', 'minister', 'envoy'])} rejects {r.choice(['baseless', 'misleading', 'unfounded'])} reports",
                         f"{cap(_topic_short(self.topic(2)))}: what we know so far",
                         f"{a.surname} to attend {r.choice([c[0] for c in CONFERENCES]).removeprefix('the ')}"])

    # ---------------------------------------------------------------- header, dateline, footer

    def date_line(self, kind: str) -> str | None:
        """A line carrying the publication date, or None when the article must not carry one."""
        if not self.text_date or self.is_html and self.r.random() < 0.5:
            return None
        r, P = self.r, self.P
        hour, minute = r.randint(1, 12), r.randrange(60)
        ampm = r.choice(["AM", "PM"])
        parseable = {
            "reuters": [f"{MONTHS[P.month - 1]} {P.day}, {P.year} / {hour}:{minute:02d} {ampm} / Updated {r.randint(1, 9)} hours ago",
                        f"{MONTHS[P.month - 1]} {P.day}, {P.year}{r.choice(['', ' 10:14 AM UTC'])}"],
            "tv": [f"Updated: {MONTHS[P.month - 1]} {P.day}, {P.year} {hour}:{minute:02d} {ampm}",
                   f"Published {P.day} {MON[P.month - 1]}, {P.year} {hour:02d}:{minute:02d}{ampm.lower()}",
                   f"{WEEKDAYS[P.weekday()]}, {MONTHS[P.month - 1]} {P.day}, {P.year}"],
            "plain": [f"{MONTHS[P.month - 1]} {P.day}, {P.year}", f"{WEEKDAYS[P.weekday()]}, {MONTHS[P.month - 1]} {P.day}, {P.year}",
                      f"{P.day} {MONTHS[P.month - 1]} {P.year}"],
        }[kind]
        unparseable = [f"Last Updated On {P.day:02d} {MONTHS[P.month - 1]},{P.year} {hour:02d}:{minute:02d} {ampm.lower()}",
                       f"{P.day:02d}.{P.month:02d}.{P.year}"]
        if not self.need_text_date and r.random() < 0.3:
            return r.choice(unparseable)
        return r.choice(parseable)

    def header(self) -> None:
        r, o = self.r, self.outlet
        kind = o.get("kind")
        if self.style == "press":
            self.press_header()
            return
        if not (self.style == "wire" and kind in ("app", "ians", "tass", "xinhua") and r.random() < 0.4):
            self.add("headline", self.headline)
        if self.subheadline:
            self.add("subheadline", self.subheadline)
        if self.style == "tv" or o.get("caption") and r.random() < 0.6:
            self.caption = self.make_caption()
            if not self.is_html:
                self.add("caption", self.caption)
        else:
            self.caption = None
        if self.style == "newspaper" and r.random() < 0.5:
            self.add("byline", r.choice(["By ", "", "By "]) + self.journalist(
                {"IN": "indian", "AF": "afghan", "CN": "chinese"}.get(o["home"], "pakistani" if o["home"] == "PK" else None)))
        if self.style == "wire" and kind == "ap" and r.random() < 0.6:
            self.add("byline", f"By {self.journalist('anglo').upper()} Associated Press")
        if self.style == "tv" and r.random() < 0.5:
            self.add("byline", r.choice(["Web Desk", "News Desk", f"{o['name']} Web Desk", f"Reporter: {self.journalist('pakistani')}"]))
        line = None
        if self.style == "wire" and kind == "reuters":
            line = self.date_line("reuters")
        elif self.style == "tv":
            line = self.date_line("tv")
        elif self.style == "wire" and self.need_text_date and kind not in ("reuters",):
            line = self.date_line("plain")
        elif self.style == "newspaper" and (not o["footer"] or not self.need_text_date) and r.random() < 0.7:
            line = self.date_line("plain")
        if self.need_text_date and not line and not (self.style == "newspaper" and o["footer"]) and not self.is_html:
            line = self.date_line("plain") or f"{MONTHS[self.P.month - 1]} {self.P.day}, {self.P.year}"
        if line:
            self.add("date", line)
        if self.style == "newspaper" and o["dl"] == "own_line" and r.random() < 0.8:
            self.add("dateline", f"{self.dateline_city.upper()}:")
            self.dateline_done = True

    dateline_done = False

    def dateline_prefix(self) -> str:
        if self.dateline_done:
            return ""
        self.dateline_done = True
        r, o, P = self.r, self.outlet, self.P
        city = self.dateline_city
        dated = not self.no_date
        kind = o.get("kind")
        if self.style == "wire":
            if kind == "reuters":
                return f"{city.upper()} (Reuters) - "
            if kind == "ap":
                country = CITY_COUNTRY.get(city, "")
                return f"{city.upper()} (AP) — " if city in AP_STANDALONE or not country else f"{city.upper()}, {country} (AP) — "
            if kind == "app":
                date_part = f", {r.choice([MON[P.month - 1], MONTHS[P.month - 1]])} {P.day}" if dated else ""
                return f"{city.upper()}{date_part} (APP): "
            if kind == "ians":
                return f"{city}, {MON[P.month - 1]} {P.day} (IANS) " if dated else f"{city} (IANS) "
            if kind == "afp":
                return f"{city} (AFP) - "
            if kind == "xinhua":
                return f"{city.upper()}, {MON_AP[P.month - 1]} {P.day} (Xinhua) -- " if dated else f"{city.upper()} (Xinhua) -- "
            if kind == "tass":
                return f"{city.upper()}, {MONTHS[P.month - 1]} {P.day}. /TASS/. " if dated else f"{city.upper()}. /TASS/. "
        if self.style == "press":
            return ""
        dl = o.get("dl")
        if dl == "none" or r.random() < 0.1:
            return ""
        if dl == "dash":
            return f"{city.upper()} – "
        if dl == "mixed":
            return f"{city}: "
        if dl == "pajhwok":
            return f"{city.upper()} (Pajhwok): "
        if dl == "dunya":
            return f"{city.upper()} (Dunya News) – "
        return f"{city.upper()}: "

    def make_caption(self) -> str:
        r = self.r
        people = [p for m in (self.reported or self.story.meetings) for p in m.visitors + m.hosts][:2] or \
                 [e.a for e in self.story.events[:1]]
        names = " and ".join(p.full for p in people) if people else "Officials"
        city = self.dateline_city
        text = r.choice([f"{names} during a meeting in {city}.", f"{names} meet in {city}.",
                         f"{names} shake hands before their talks.", "The visiting dignitaries appreciated the role being played for peace."])
        return text + " " + r.choice(["PHOTO: FILE", "SCREENGRAB", "PHOTO: APP", "PHOTO: REUTERS", "PHOTO: AFP", "(Photo: File)"])

    def press_header(self) -> None:
        r, o, P = self.r, self.outlet, self.P
        kind = o.get("kind")
        dated = not self.no_date
        if kind == "ispr":
            self.add("boiler", "INTER SERVICES PUBLIC RELATIONS")
            self.add("boiler", f"No PR-{r.randint(20, 260)}/{P.year}-ISPR")
        else:
            c = COUNTRIES[o["country"]]
            if o["country"] == "US":
                self.add("boiler", "Office of the Spokesperson")
                self.add("boiler", r.choice(["Readout", "Media Note"]))
            else:
                self.add("boiler", c["mofa"])
                if r.random() < 0.6:
                    self.add("boiler", f"Government of {c['name'].removeprefix('the ')}")
                self.add("boiler", "Press Release")
                self.add("boiler", f"No. {r.randint(10, 420)}/{P.year}")
        if dated:
            formats = [f"Dated: {P.day} {MONTHS[P.month - 1]} {P.year}", f"Dated: {MONTHS[P.month - 1]} {P.day}, {P.year}",
                       f"Dated: {ordinal(P.day)} {MONTHS[P.month - 1]} {P.year}"]
            if not self.need_text_date:
                formats += [f"Dated: {P.day:02d}-{P.month:02d}-{P.year}", f"Dated: {P.day:02d}/{P.month:02d}/{P.year}"]
            self.add("date", r.choice(formats))
        self.add("headline", self.headline)
        if o.get("country") == "US":
            spox = self.cast.top["US"].get("spox")
            if spox:
                self.add("p", f"The following is attributable to Spokesperson {spox.full}:")
                self.seen.add(spox.pid)
        if kind == "ispr" and r.random() < 0.6:
            self.add("dateline", f"Rawalpindi - {MONTHS[P.month - 1]} {P.day}, {P.year}:" if dated else "Rawalpindi:")
            self.dateline_done = True
        self.caption = None

    def footer(self) -> None:
        r, o, P = self.r, self.outlet, self.P
        kind = o.get("kind")
        dated_footer = self.text_date and not (self.is_html and self.need_text_date and r.random() < 0.3)
        if self.style == "newspaper" and o["footer"] and dated_footer:
            self.add("footer", o["footer"].format(ord=f"{MONTHS[P.month - 1]} {ordinal(P.day)}, {P.year}"))
        if self.style == "wire":
            if kind == "reuters":
                self.add("footer", f"(Reporting by {self.journalist()} in {self.dateline_city}; "
                                   + (f"Additional reporting by {self.journalist()} in {r.choice(['Kabul', 'Washington', 'Islamabad', 'Doha'])}; " if r.random() < 0.5 else "")
                                   + f"Editing by {self.journalist('anglo')} and {self.journalist('anglo')})")
            elif kind == "ap":
                if r.random() < 0.6:
                    self.add("p", f"Associated Press writer {self.journalist()} in {r.choice(['Islamabad', 'Kabul', 'Washington'])} contributed to this report.")
            elif kind == "ians":
                initials = f"{_alnum(r, 2).lower()}/{_alnum(r, 3).lower()}"
                if r.random() < 0.5:
                    self.add("footer", "--IANS")
                    self.add("footer", re.sub(r"[^a-z/]", "k", initials))
                else:
                    self.add("footer", f"--IANS {re.sub(r'[^a-z/]', 'k', initials)}")
            elif kind == "xinhua":
                self.add("footer", "Enditem")
            elif kind == "app" and r.random() < 0.3:
                self.add("footer", "— APP")
        if self.style == "press":
            if o.get("country") and r.random() < 0.6 and self.text_date:
                self.add("footer", COUNTRIES[o["country"]]["capital"])
                self.add("footer", long_date(P, self.british))
            else:
                self.add("footer", r.choice(["*****", "* * *", "-ENDS-"]))
        if self.style == "tv":
            name = o["name"]
            self.comments = []
            if not self.is_html:
                if r.random() < 0.8:
                    self.add("boiler", f"Follow the {name} Facebook page for the latest news and updates.")
                if r.random() < 0.6:
                    self.add("boiler", "Load Next Story")
            if r.random() < 0.5:
                for _ in range(r.randint(1, 3)):
                    day = P + timedelta(days=r.randint(0, 2))
                    stamp = f"{MON[day.month - 1]} {day.day}, {day.year} {r.randint(1, 12):02d}:{r.randrange(60):02d}{r.choice(['am', 'pm'])}"
                    self.comments.append((self.journalist(r.choice(["pakistani", "afghan", "indian", "anglo"])),
                                          "" if self.no_date else stamp, r.choice(COMMENTS)))
                if not self.is_html:
                    self.add("boiler", "Comments")
                    for who, when, text in self.comments:
                        self.add("comment", "\n".join(x for x in (who, when, text) if x))
        else:
            self.comments = []
            if self.is_html and r.random() < 0.25:
                for _ in range(r.randint(1, 3)):
                    self.comments.append((self.journalist(), "", r.choice(COMMENTS)))

    # ---------------------------------------------------------------- output

    def quotes(self, text: str) -> str:
        if self.curly:
            return text.replace("'", "’")
        return text.replace("“", '"').replace("”", '"').replace("’", "'")

    def text(self) -> str:
        lines = []
        for kind, value in self.blocks:
            if kind == "tweet_embed":
                continue
            if kind in ("tweet_url",):
                lines.append(value)
            elif kind == "tweet_flat":
                lines.append(self.quotes(value))
            else:
                lines.append(self.quotes(value))
        return self.sep.join(lines) + "\n"

    def page(self, url: str | None) -> str:
        r, o, P = self.r, self.outlet, self.P
        name = o["name"]
        tz = COUNTRIES[o["home"]]["tz"] if o.get("home") in COUNTRIES else "+00:00"
        stamp = f"{P.isoformat()}T{r.randint(5, 22):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}{tz}"
        head_date = "none" if not self.need_text_date and not (self.text_date and r.random() < 0.7) else r.choice(["meta", "meta", "jsonld", "both"])
        if self.no_date:
            head_date = "none"
        title = self.quotes(self.headline)
        out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
               f"<title>{esc(title)} | {esc(name)}</title>",
               '<meta name="viewport" content="width=device-width, initial-scale=1">',
               f'<meta property="og:site_name" content="{esc(name, True)}">',
               f'<meta property="og:title" content="{esc(title, True)}">', '<meta property="og:type" content="article">']
        if url:
            out.append(f'<meta property="og:url" content="{esc(url, True)}">')
            out.append(f'<link rel="canonical" href="{esc(url, True)}">')
        out.append(f'<meta property="og:image" content="https://static.example.net/img/{_alnum(r, 12)}.jpg">')
        if head_date in ("meta", "both"):
            out.append(f'<meta property="article:published_time" content="{stamp}">')
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
        if head_date in ("jsonld", "both"):
            ld["datePublished"] = stamp
        ld["publisher"] = {"@type": "Organization", "name": name}
        if head_date in ("jsonld", "both") or r.random() < 0.4:
            out.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        out.append(f'<link rel="stylesheet" href="/static/css/main.{_alnum(r, 8).lower()}.css">')
        out.append("<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} "
                   f"gtag('js', new Date()); gtag('config', 'G-{_alnum(r, 10).upper()}');</script>")
        out += ["</head>", f'<body class="{r.choice(["article-page", "story", "single-post", "news-detail"])}">',
                f'<header class="site-header"><a class="logo" href="/">{esc(name)}</a></header>',
                '<nav class="main-nav"><ul>' + "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in r.sample(SECTIONS, 6)) + "</ul></nav>",
                '<main id="main">', '<article class="story">', f"<h1>{esc(title)}</h1>"]
        body_started = False
        for kind, value in self.blocks:
            if kind == "headline":
                continue
            if kind == "tweet_embed":
                t = value
                day = t.moment.date()
                text = esc(self.quotes(t.text))
                out.append(f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{text}</p>&mdash; {esc(t.display)} (@{t.handle}) '
                           f'<a href="https://twitter.com/{t.handle}/status/{t.id}?ref_src=twsrc%5Etfw">{MONTHS[day.month - 1]} {day.day}, {day.year}</a></blockquote>')
                out.append('<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
                continue
            if kind == "tweet_url":
                out.append(f'<p><a href="{esc(value, True)}">{esc(value)}</a></p>')
                continue
            text = esc(self.quotes(value))
            if kind == "subheadline":
                out.append(f'<h2 class="excerpt">{text}</h2>')
            elif kind == "byline":
                out.append(f'<div class="byline"><span class="author">{text}</span></div>')
            elif kind == "date":
                out.append(f'<p class="timestamp">{text}</p>')
            elif kind == "also_read":
                headline = esc(self.quotes(value.split(":", 1)[1].strip()))
                out.append(f'<p><strong>Also Read:</strong> <a href="/news/{_digits(r, 6)}-{slugify(headline)}">{headline}</a></p>')
            else:
                if not body_started and kind == "p":
                    body_started = True
                    if self.caption:
                        out.append(f'<figure><img src="https://static.example.net/img/{_alnum(r, 10)}.jpg" alt="">'
                                   f"<figcaption>{esc(self.quotes(self.caption))}</figcaption></figure>")
                tag = "p"
                out.append(f"<{tag}>{text}</{tag}>")
        out.append("</article>")
        related = [self.other_headline() for _ in range(r.randint(3, 5))]
        out.append('<aside class="related-stories"><h3>Related</h3><ul>' +
                   "".join(f'<li><a href="/news/{_digits(r, 6)}-{slugify(h)}">{esc(self.quotes(h))}</a></li>' for h in related) + "</ul></aside>")
        if self.comments:
            out.append(f'<section class="comments" id="comments"><h3>Comments ({len(self.comments)})</h3>')
            for who, when, text in self.comments:
                out.append(f'<div class="comment"><p class="comment-author">{esc(who)}</p>'
                           + (f'<p class="comment-date">{esc(when)}</p>' if when else "") + f"<p>{esc(text)}</p></div>")
            out.append("</section>")
        if self.style == "tv":
            out.append('<div class="load-more"><button type="button">Load Next Story</button></div>')
        out.append("</main>")
        out.append(f'<footer class="site-footer"><p>&copy; {P.year} {esc(name)}. All rights reserved.</p><ul>'
                   + "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in ("About", "Contact", "Privacy", "Advertise")) + "</ul></footer>")
        out.append(f'<script src="/static/js/app.{_alnum(r, 8).lower()}.js" defer></script>')
        out += ["</body>", "</html>"]
        return "\n".join(out) + "\n"

    def build(self) -> tuple[str, str, list[str] | None]:
        self.plan()
        self.compose()
        r = self.r
        name = f"syn_{self.index:06d}.{'html' if self.is_html else 'txt'}"
        slug = slugify(self.headline)
        url = None
        if self.style != "press":
            url = outlet_url(self.outlet, slug, self.P, r)
        elif self.outlet.get("kind") == "ispr":
            url = f"https://ispr.gov.pk/press-release-detail.php?id={r.randint(4000, 6999)}"
        else:
            domain = {"PK": "mofa.gov.pk", "US": "www.state.gov", "IN": "www.mea.gov.in", "CN": "www.fmprc.gov.cn",
                      "AF": "mfa.gov.af", "RU": "www.mid.ru", "QA": "www.mofa.gov.qa"}.get(self.outlet.get("country"), "www.mfa.gov.example")
            url = f"https://{domain}/{slug}/"
        content = self.page(url if r.random() < 0.9 else None) if self.is_html else self.text()
        row = None
        if self.row_kind == "full":
            published = self.P.isoformat() if r.random() < 0.9 else long_date(self.P, False)
            row = [name, url, self.outlet["name"], published]
        elif self.row_kind == "nodate":
            row = [name, url, self.outlet["name"], ""]
        elif self.row_kind == "dateonly":
            row = [name, "", "", self.P.isoformat()]
        return name, content, row


# ====================================================================== the corpus

class Generator:
    def __init__(self, count: int, seed: int = 0, html_share: float = 0.1):
        self.count, self.seed, self.html_share = count, seed, max(0.0, min(1.0, html_share))
        self.cast = Cast(seed)
        self.stories = StoryMaker(self.cast, seed)
        self.shared_pool = max(1, count // 8)
        self._phase = Random(f"{seed}:html").random()

    def is_html(self, index: int) -> bool:
        """Exactly round(count * share) HTML files, spread evenly (the style is chosen independently)."""
        s = self.html_share
        return int((index + 1) * s + self._phase) > int(index * s + self._phase)

    def article(self, index: int) -> tuple[str, str, list[str] | None]:
        return Writer(self, index).build()


_SYN_NAME = re.compile(r"^syn_(\d{6,})\.(txt|html)$")
_WORKER: dict = {}


def _write(out: Path, name: str, content: str) -> None:
    with open(out / name, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(content)


def _worker_init(out: str, count: int, seed: int, html_share: float) -> None:
    _WORKER["out"] = Path(out)
    _WORKER["generator"] = Generator(count, seed, html_share)


def _worker_article(index: int) -> tuple[str, list[str] | None]:
    name, content, row = _WORKER["generator"].article(index)
    _write(_WORKER["out"], name, content)
    return name, row


def generate(out_dir, count: int, seed: int = 0, html_share: float = 0.1, jobs: int | None = None) -> int:
    """Write `count` synthetic articles and sources.csv into out_dir; returns the number of article files.

    Every article is a pure function of (seed, count, html_share, its index), so the files are the
    same whatever `jobs` is (None: up to 4 processes for large corpora, 1 for small ones). Stale
    syn_*.txt/html files of an earlier run in the same folder are removed."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stale = {entry.name for entry in out.iterdir() if _SYN_NAME.match(entry.name)}
    if jobs is None:
        jobs = min(4, os.cpu_count() or 1) if count >= 5000 else 1
    written = 0
    with open(out / "sources.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "url", "outlet", "published"])
        if jobs <= 1:
            generator = Generator(count, seed, html_share)
            results = ((name, row) for name, content, row in
                       (generator.article(i) for i in range(count)) if _write(out, name, content) is None)
            pool = None
        else:
            import multiprocessing
            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            pool = multiprocessing.get_context(method).Pool(jobs, _worker_init, (str(out), count, seed, html_share))
            results = pool.imap(_worker_article, range(count), chunksize=256)
        try:
            for name, row in results:  # in index order: sources.csv is the same whatever the jobs
                stale.discard(name)
                written += 1
                if row:
                    writer.writerow(row)
        finally:
            if pool is not None:
                pool.close()
                pool.join()
    for name in sorted(stale):  # files of an earlier, larger or differently split run
        (out / name).unlink()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.synthetic", description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--out", required=True, help="folder to write into (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--html-share", type=float, default=0.1, help="share of articles saved as HTML pages (default 0.1)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="worker processes (default: up to 4 for 5,000+ articles); the output does not depend on it")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must not be negative")
    if not 0 <= args.html_share <= 1:
        parser.error("--html-share must be between 0 and 1")
    started = time.monotonic()
    written = generate(args.out, args.count, seed=args.seed, html_share=args.html_share, jobs=args.jobs)
    print(f"wrote {written} articles and sources.csv to {args.out} in {time.monotonic() - started:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
