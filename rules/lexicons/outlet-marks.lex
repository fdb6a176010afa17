# outlet-marks.lex - the word after a place that makes it a news outlet's
# name: «وجدة سيتي», «لعوينات بريس», «أكادير 24», «فاس نيوز».  The place
# is not named as a territory there (resolve.c; «24» before a month is a
# dateline's day: «أكادير 24 فبراير»).
بريس
سيتي
نيوز
أنفو
تيفي
24
ميديا
بوست
تايمز
