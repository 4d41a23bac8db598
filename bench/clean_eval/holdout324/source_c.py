"""holdout324, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, written by hand case by case; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wenjin-qa-shoe-trees-keep-inside-question-title",
        site="问津问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjinwenda.example.com/question/58830217",
        title="鞋撑需要一直放在鞋里吗？",
        record_title=None,
        date=None,
        notes=(
            "Q&A page: no record title, the question in <h1>; the asker's supplement is neutral; an "
            "adopted-answer badge, a vote row, more answers; answered 3 天前 (no date); a numbered list"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>问津问答 - 有问题，问津</title>
<script src="//static.wenjinwenda.example.com/js/answer.js"></script>
</head>
<body>
<div class="header">⟦m 问津问答⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问津 › 生活 › 鞋服护理⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">补充：刚买了两双皮鞋，送了一对木头鞋撑，是穿完就放进去，还是平时一直放着？</p>
<p class="q-meta">⟦m 提问者：皮鞋小白　｜　112 人关注　｜　浏览 6203⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 擦鞋匠人老周　鞋履护理话题优秀回答者⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 3 天前⟧</div>
<div class="vote">⟦a 有用 418　｜　没用 6　｜　评论 22⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 鞋油控：塑料的没用，一定要买木头的。⟧</p>
<p>⟦l 小林：我一直放着，三年了鞋型还很好。⟧</p>
</div>
<div class="side">
<h4>⟦l 相关问题⟧</h4>
<p>⟦l 雪松鞋撑和香樟鞋撑哪个好？⟧</p>
<p>⟦l 运动鞋用得着鞋撑吗？⟧</p>
</div>
<div class="footer">⟦m 问津问答 © 2025　京ICP备20093518号⟧</div>
</body>
</html>
""",
        body="""
建议穿完就放进去，一直放着也没问题，但要注意几点：
1.刚脱下的鞋里有汗气，最好先晾半小时再放鞋撑，让木头把剩下的潮气吸掉。
2.木头鞋撑（香樟、雪松）吸潮防异味，比塑料的好；塑料的只能撑形，不吸潮。
3.鞋撑要选尺码合适的，太大会把鞋面撑变形，太小起不到作用，以放进去鞋面皱褶刚好舒展为准。
4.长期不穿的鞋，放着鞋撑装进鞋盒，隔一两个月拿出来透透气。
另外，鞋撑不用一双鞋配一副，常穿的几双轮换着放就行，穿完哪双放哪双。
""",
    ),
    dict(
        slug="linli-qa-rental-picture-hooks-deposit",
        site="邻里问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://ask.linliwenda.example.cn/q/310495.html",
        title="出租屋墙上钉了挂画钩，退租时房东要扣押金合理吗？",
        record_title="出租屋墙上钉了挂画钩，退租时房东要扣押金合理吗？ - 邻里问答",
        date=None,
        notes="Q&A as text: site suffix in the record title; answerer line and relative time (no date); other answers and related questions",
        indent="",
        page="""
!m 邻里问答 · 租房频道
{T}
!m 悬赏 20 积分　·　9 个回答　·　浏览 2894
!m 最佳回答
!m 答主：租房老司机阿坤　·　2 天前
{BODY}
!a 👍 赞同 356　　💬 评论 41　　⤴ 分享
!l 其他回答（8）
!l 路人丙：我退租的时候房东直接扣了两百，说是补墙
!l 相关问题：退租时房东不退押金怎么办？
!d 以上回答仅代表答主个人观点，不构成法律建议。
""",
        body="""
合不合理，主要看三点。
第一，看合同有没有约定。很多合同写着“不得擅自改变房屋结构和墙面”，钉钉子算不算改变墙面，双方常有争议。如果合同明确禁止在墙上打孔，房东扣合理的修补费是有依据的。
第二，看损坏程度。几个小钉眼，用腻子一补就看不出来，修补成本很低，房东要扣几百块就不合理，可以要求按实际修补费用结算。
第三，看入住时的状态。如果墙上原来就有钉子或挂画钩，入住交接时拍过照，那就不是你造成的，不该扣。
建议：以后租房尽量用免钉挂画钩，退租前自己把残胶清理干净；要打孔的，先跟房东说好，最好微信上留个记录。
""",
    ),
    dict(
        slug="zhangchuang-collection-memoir-father-tie-rack-gb2312",
        site="樟窗旧事·陶一舟文集 (invented personal site, gb2312)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.taoyizhou.example.net/jiushi/juan2/07.htm",
        title="父亲的领带架",
        record_title="《樟窗旧事》卷二·父亲的领带架",
        date=None,
        notes=(
            "old personal collection page: 繁體/简体 links, chapter links, a visitor counter and the author's "
            "mailbox; the essay ends with a 写于 line giving only a year and season (no date)"
        ),
        p_html="<p>　　{}</p>",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《樟窗旧事》卷二·父亲的领带架</title>
<script language="javascript" src="counter.asp"></script>
</head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0" cellpadding="8">
<tr><td align="center"><font size="5" face="楷体_GB2312">⟦m 樟窗旧事⟧</font><br>⟦m 陶一舟散文集⟧</td></tr>
<tr><td align="right">⟦a <a href="big5/07.htm">繁體</a> | <a href="07.htm">简体</a>⟧</td></tr>
<tr><td align="center">⟦m <a href="../index.htm">文集首页</a> · <a href="index.htm">卷二目录</a> · <a href="../guestbook.asp">留言簿</a>⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上一篇：母亲的顶针⟧　　⟦l 下一篇：老屋的门闩→⟧</td></tr>
<tr><td align="center"><hr size="1">⟦m 本页访问量：004172⟧</td></tr>
<tr><td align="center">⟦w 欢迎来信：taoyizhou@example.net⟧</td></tr>
<tr><td align="center">⟦d 文字为作者所有，转载请先征得同意⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
父亲一辈子只有四条领带，却有一个专门的领带架。
那是一九八二年，他调到县外贸公司，第一次要穿西装接待客商。母亲托人从上海捎来两条领带，父亲舍不得折，用一块枣木给自己做了个领带架：一根横木，下面凿出五个圆孔，插上五根削圆的竹签，钉在衣柜门里面。
他挂领带的样子很郑重，先用手掌把领带抚平，再从中间对折，搭在竹签上，两头垂得一样长。后来又添了两条，第五根竹签一直空着。小时候我问他，空的那根留给谁，他说，留给你以后的。
父亲退休那年，把领带架从衣柜里拆下来，连同四条领带一起给了我。我的领带早就不止四条了，可那根空着的竹签，我至今没舍得挂上什么。
写于二〇二三年冬
""",
    ),
    dict(
        slug="wanshan-shijiu-essay-cobbler-shoe-trees-wrapped",
        site="岏山拾旧 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://wanshanshijiu.example.org/wen/007.html",
        title="补鞋匠老季的木鞋撑",
        record_title="《岏山拾旧》第七篇：补鞋匠老季的木鞋撑",
        date=None,
        notes="a personal collection as text, hard-wrapped at 66 columns; chapter links; no date",
        indent="\u3000\u3000",
        wrap=66,
        page="""
!m 岏山拾旧 —— 一个小镇的旧人旧事
!m 目录 | 上一篇 | 下一篇
!t 第七篇：补鞋匠老季的木鞋撑
{T}
{BODY}
!l 上一篇：供销社门口的修车摊　　下一篇：镇中学的老钟
!m 本文集共收文章 26 篇　累计阅读 31,806 次
!d 版权所有，未经许可请勿转载
""",
        body="""
老季的补鞋摊在岏山镇老街的供销社门口，一摆就是三十多年。摊子很简单：一台手摇补鞋机，一个装满鞋钉的铁盒，还有一排大大小小的木鞋撑，插在一块钻了孔的木板上。
那些木鞋撑是他自己削的，有男鞋的，有女鞋的，还有几只很小的，是给孩子的布鞋用的。谁的鞋帮塌了、鞋头瘪了，他就挑一只合适的撑进去，喷一点水，搁在太阳底下晒一个下午，第二天来取，鞋子就挺括了。
他撑鞋从不收钱。他说，补鞋是手艺，撑鞋是顺手的事。后来街上开了擦鞋店，也卖塑料鞋撑，二十块一副，老季的木鞋撑还是不卖，只借。
老季前年走了。听说那块插鞋撑的木板，被他儿子挂在了自家堂屋的墙上。
""",
    ),
    dict(
        slug="guangyang-jiguan-dangjian-speech-reading-corner-racks",
        site="洸阳机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.gyjgdj.example.cn/zbfc/2024/0703/4471.html",
        title="在“书香支部”读书角启用仪式上的讲话",
        record_title="【书香支部】在“书香支部”读书角启用仪式上的讲话 - 洸阳机关党建网",
        date="2024-07-01",
        date_also=["2024-07-03"],
        notes=(
            "Party-building portal: a study-points prompt, a read-on-phone QR line; speaker line and the "
            "date under the speech title neutral; the page's 发布时间 differs (also accepted)"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【书香支部】在“书香支部”读书角启用仪式上的讲话 - 洸阳机关党建网</title>
<script src="/js/study-points.js"></script>
</head>
<body>
<div class="banner">⟦m 洸阳机关党建网⟧　⟦m 不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 首页 | 工作动态 | 支部风采 | 学习园地 | 党务公开 | 廉政建设⟧</div>
<div class="where">⟦m 您在这里：首页 » 支部风采⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="src">⟦m 发布时间：2024-07-03　信息来源：市统计局机关党支部⟧</p>
<p class="points">⟦a 阅读满3分钟可获学习积分1分⟧</p>
<p class="speaker">市统计局机关党支部书记　韩立秋</p>
<p class="date">（2024年7月1日）</p>
<div class="txt">
{BODY}
</div>
<div class="phone-read">⟦a 扫一扫，在手机上继续读⟧</div>
</div>
<div class="rel">⟦l 相关文章：市财政局机关党支部开展“七一”主题党日活动⟧</div>
<div class="bottom">⟦m 中共洸阳市直属机关工作委员会主办　技术维护：洸阳市大数据中心⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天是党的生日，我们在这里举行“书香支部”读书角启用仪式，很有意义。
这个读书角不大，就是会议室东墙边的两组杂志架和一张长桌，但它是支部同志们一起动手建起来的。杂志架是机关事务中心调剂的旧架子，大家利用周末打磨、刷漆；架上的《求是》《党建》和统计专业期刊，是支部用党费订阅的；还有一层放着同志们自己捐出来的书，一共一百一十多本。
我想借这个机会提三点希望：一是常来看。每人每月至少到读书角读一本书或两期杂志，支部每季度交流一次读书心得。二是常更新。杂志架由支部宣传委员负责，每月更换新刊，过期的归档保存。三是用起来。要把读书和统计工作结合起来，多想一想书里的道理怎样用到数据质量、服务群众上。
希望这两组杂志架常看常新，让读书成为我们支部的一个好习惯。谢谢大家！
""",
    ),
    dict(
        slug="fenquan-street-dangjian-summary-key-chain-cards",
        site="瀵泉街道党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.fenquan.example.gov.cn/gzzj/2024/1223/0912.html",
        title="“连心钥匙链”党员联户服务工作总结",
        record_title="红色联户｜“连心钥匙链”党员联户服务工作总结 - 瀵泉街道党建网",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes=(
            "Party site as text: a column prefix and site suffix; sentences about 扫码 and 分享 are content; "
            "a numbered list (（一）…); 成文日期 (the page's date also accepted); a study-points line and a "
            "'read on phone' line"
        ),
        indent="\u3000\u3000",
        page="""
!m 瀵泉街道党建网 | 红色引领 · 幸福瀵泉
!m 首页 > 工作总结
!t 红色联户｜“连心钥匙链”党员联户服务工作总结
!m 来源：瀵泉街道党工委　2024-12-23　阅读 907
!a 学习本文可计入“红色积分”0.5分
{T}
{BODY}
!a 手机扫码阅读本页
!l 下一篇：瀵泉街道2024年党建工作要点完成情况
!m 瀵泉街道党工委主办　联系邮箱：fqjddj@example.gov.cn
""",
        body="""
今年以来，街道党工委在漼湖、涬园两个社区开展“连心钥匙链”党员联户服务试点，把在职党员、退休党员和居民户“串”在一起，现将工作情况总结如下。
一、主要做法
（一）一户一链。为试点社区1260户居民发放“连心钥匙链”，钥匙链挂牌一面印着联系党员姓名，另一面印有二维码，居民扫码即可留言、预约上门服务。
（二）一员多户。组织党员186名，每人联系6至8户，每月至少走访一次，留言24小时内回复。
（三）一单到底。居民诉求由社区党委分类派单，办结后在系统中回访评价。
二、取得成效
全年共收到居民扫码留言2317条，办结2281条，办结率98.4%；帮助独居老人代购、就医陪诊等服务640余次。不少居民主动把联系党员的二维码分享到楼栋群里。
三、下一步打算
2025年将在全街道8个社区推开，并把钥匙链挂牌升级为防水材质。
中共瀵泉街道工作委员会
2024年12月20日
""",
    ),
    dict(
        slug="jushui-hospital-foot-ankle-shoe-trees-popular-science",
        site="湨水县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.jsxrmyy.example.cn/jkkp/gkkp/2025/0312/2207.html",
        title="鞋撑能矫正脚型吗？",
        record_title="【足踝小课堂】鞋撑能矫正脚型吗？_足踝外科_湨水县人民医院",
        date="2025-03-12",
        notes=(
            "hospital page: a booking float, a 24-hour line and 预约挂号 beside the department's own 咨询电话 "
            "in the body; the 发布日期 line is the page's date; an author/reviewer line glued after the last 。"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【足踝小课堂】鞋撑能矫正脚型吗？_足踝外科_湨水县人民医院</title>
<script src="/js/booking-float.js"></script>
</head>
<body>
<div class="hos-top">⟦m 湨水县人民医院⟧　⟦m 二级甲等综合医院⟧　⟦m 24小时急救：0728-5530120⟧</div>
<div class="hos-nav">⟦m 首页 | 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普⟧</div>
<div class="hos-crumb">⟦m 当前位置：健康科普 &gt; 足踝外科⟧</div>
<div class="hos-art">
<h1>{T}</h1>
<p class="hos-info">⟦m 发布日期：2025-03-12　来源：足踝外科　浏览：523⟧</p>
<div class="hos-txt">
{BODY}
</div>
</div>
<div class="float-book">⟦a 预约挂号⟧<br>⟦m 预约电话：0728-5530000⟧<br>⟦a 返回顶部⟧</div>
<div class="hos-foot">
<p>⟦m 医院地址：湨水县人民路158号　邮编：431600⟧</p>
<p>⟦m 湨水县人民医院 版权所有　鄂ICP备16002759号⟧</p>
</div>
</body>
</html>
""",
        body="""
门诊时常有家长问：孩子有点内八字、扁平足，买副鞋撑天天撑着鞋，能不能把脚型“撑”过来？答案是不能。
鞋撑的作用是撑住鞋子，不是撑住脚。它放在脱下来的鞋里，让鞋面保持平整、不起褶，延长鞋子寿命，对脚本身没有矫正作用。
真正起作用的是矫形鞋垫和合适的鞋。扁平足、足外翻等问题，需要先到医院做足部评估，必要时定制矫形鞋垫，并配合足底肌肉锻炼。儿童足部还在发育，不建议家长自行购买网上的“矫正鞋撑”“矫形袜”使用。
如需足部评估，可在工作日上午到门诊三楼足踝外科就诊，咨询电话0728-5531388。⟦m （撰稿：足踝外科　苏明远　审核：医务科）⟧
""",
    ),
    dict(
        slug="jushui-hospital-bulletin-ward-picture-hooks",
        site="湨水县中医医院 (invented)",
        style="医院官网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jsxzyy.example.cn/yuanwu/2024/1108/315.html",
        title="关于住院部病房挂画钩及装饰画安全排查整改情况的通报",
        date="2024-11-06",
        date_also=["2024-11-08"],
        notes=(
            "hospital page as text: the record title as is; a rectification table one row a paragraph; the "
            "后勤保障部's own phone beside the hospital's 24-hour and booking lines; 成文日期 (the page's date "
            "also accepted)"
        ),
        indent="\u3000\u3000",
        page="""
!m 湨水县中医医院　院务公开
!m 预约挂号 0728-5522000　|　24小时服务热线 0728-5522120
!m 首页 > 院务公开 > 通知通报
{T}
!m 发布：院办　2024-11-08　浏览 214 次
{BODY}
!l 上一条：关于开展冬季消防安全大检查的通知
!l 下一条：关于调整门诊夜诊时间的公告
!m 湨水县中医医院　地址：湨水县杏林路9号
""",
        body="""
各科室：
10月中旬，住院部12病区一幅装饰画因挂画钩脱落掉在空病床上，未造成人员伤害。事后，后勤保障部会同护理部对住院部8个病区开展了挂画钩及装饰画安全排查，现将整改情况通报如下。
病区　排查数量　隐患数量　整改情况
内科病区（1—4）　96幅　11幅　已全部加固
外科病区（5—8）　88幅　7幅　已全部加固
床头上方装饰画　23幅　23幅　已全部移除
排查发现，隐患主要集中在使用粘贴式挂画钩的位置。今后病房装饰画一律采用螺栓固定的挂画钩，床头上方不再悬挂任何装饰画。
各病区护士长每月检查一次本病区墙面挂件，发现松动及时报修，后勤保障部电话0728-5522316。
湨水县中医医院
2024年11月6日
""",
    ),
    dict(
        slug="guangyang-college-hotel-school-tie-racks-h1",
        site="洸阳学院 (invented university)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gyxy.example.edu.cn/info/1021/18834.htm",
        title="酒店管理学院礼仪实训室新添旋转领带架",
        record_title=None,
        date="2025-04-22",
        notes=(
            "university news page: no record title, the <h1> gives it; a photo caption between paragraphs; "
            "a 文/图/审核 line glued after the last 。; the 发布时间 line is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>洸阳学院新闻网</title>
<script src="/_js/jquery.min.js"></script>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="xy-head">⟦m 洸阳学院新闻网⟧　⟦m 明德　笃学　致用⟧</div>
<div class="xy-nav">⟦m 学院首页 | 综合新闻 | 院部动态 | 媒体洸院 | 校园文化 | 专题专栏⟧</div>
<div class="xy-main">
<div class="xy-pos">⟦m 当前位置：新闻网 &gt; 院部动态⟧</div>
<h1>{T}</h1>
<div class="xy-info">⟦m 发布时间：2025-04-22　作者：酒店管理学院　点击：[1408]⟧</div>
<div class="xy-txt">
{BODY}
</div>
<div class="xy-pn">⟦l 上一条：外国语学院举办第五届翻译大赛⟧</div>
<div class="xy-pn">⟦l 下一条：学校召开2025年实验室安全工作会⟧</div>
</div>
<div class="xy-foot">⟦m 洸阳学院党委宣传部　版权所有　地址：洸阳市学府大道1号⟧</div>
</body>
</html>
""",
        body="""
近日，酒店管理学院礼仪实训室新添置的12台旋转领带架投入使用，这是学院今年实训室提升改造的一部分。
礼仪实训室承担着全院“服务礼仪”“职业形象设计”等课程的实训教学。过去，实训用的领带都叠放在储物柜里，学生上课时翻找费时，领带也容易压出折痕。新领带架为立式旋转结构，每台可挂放领带36条，按颜色和花型分区，学生转动取用，一目了然。
⟦m 图为学生在实训室练习打领带。⟧
实训室管理员介绍，领带架还配有编号挂牌，每节课后由值日学生清点归位，方便管理。学院计划下学期把领带架扩展到形体训练室，满足更多课程需要。⟦m （文/图：贺晓彤　审核：吕剑锋）⟧
""",
    ),
    dict(
        slug="guangyang-college-library-periodical-racks-news",
        site="洸阳学院图书馆 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://lib.gyxy.example.edu.cn/news/2024/0913/662.html",
        title="图书馆期刊阅览室完成杂志架更新，新增开放式期刊区",
        record_title="图书馆期刊阅览室完成杂志架更新，新增开放式期刊区-图书馆新闻-洸阳学院",
        date="2024-09-13",
        notes="library news as text: column and university suffix in the record title; the 发布日期 line is the page's date; opening hours table one row a paragraph; sentences on 扫码 as content",
        indent="",
        page="""
!m 洸阳学院图书馆
!m 首页　馆情介绍　资源　服务　新闻公告　读者园地
!m 新闻公告 / 图书馆新闻
{T}
!m 发布日期：2024-09-13　发布者：期刊部　阅读：377
{BODY}
!a 分享到：微信　QQ
!m 咨询台：0913-3321055　馆长信箱：lib@gyxy.example.edu.cn
!m 版权所有 © 洸阳学院图书馆
""",
        body="""
暑假期间，图书馆对二楼期刊阅览室进行了改造，原有的36组老式期刊架全部更换为斜面杂志架，并在靠窗区域新增开放式期刊区，9月9日起正式向读者开放。
新杂志架采用斜面展示，现刊封面朝外，翻开斜板即可取阅过刊，一架可陈列现刊48种。阅览室目前陈列中文现刊620种、外文现刊45种，按学科分为六个区。
开放时间如下：
时段　周一至周五　周六、周日
上午　8:00—11:30　9:00—11:30
下午　14:00—21:30　14:00—17:30
读者可在期刊区扫码查询刊物所在架位，也可通过图书馆公众号推荐订购新刊。
""",
    ),
]
