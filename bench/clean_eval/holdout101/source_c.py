"""holdout101, part C: personal collections, Party-building sites, hospitals, universities,
local forums and a download station (memorial arches, covered bridges, cave dwellings, a tulou
village, a children's weight clinic, eye exercises, courtyard houses, an opera house, street
vendors, vegetable cellars, swallow nests). Invented text."""

CASES = [
    dict(
        slug="collection-paifang-essay-oneline",
        site="箬岭闲笔 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://ruolingxianbi.example.org/juan2/37.txt",
        title="村口那座牌坊",
        record_title="《箬岭闲笔》卷二·第37篇｜村口那座牌坊",
        date=None,
        notes="one-line body (paragraphs only by indent); a collection's volume nav; no date (a word-count line only)",
        indent="\u3000\u3000",
        oneline=True,
        page="""
!m 箬岭闲笔 · 一个退休教师的文字
!m 卷二 乡土篇 ｜ 第37篇 ｜ 全文约900字
{T}
{BODY}
!l ‹ 第36篇 老屋的天井　　第38篇 赶圩 ›
!l 返回卷目录
!d 文字为作者原创，未经同意请勿转载。
""",
        body="""
我们村口有一座石牌坊，四柱三门，青石砌成，据族谱记载是清乾隆年间为旌表一位孝子所立。
小时候放学，我们总爱在牌坊下追逐，摸着石柱上的浮雕猜那是麒麟还是狮子，谁也说不清楚。
后来读了书，才知道牌坊额枋上的“孝行可风”四个字，写的是一个砍柴养母的年轻人的故事。
前年，县里把这座牌坊列入了文物保护单位，修了围栏，立了说明牌，村里的孩子们又多了一个讲故事的地方。
每次回乡，我都要在牌坊下站一会儿，看看那些被岁月磨平的花纹，仿佛又听见了当年的笑声。
""",
    ),
    dict(
        slug="collection-html-covered-bridge-survey-chapter",
        site="桥影集 (invented collection site)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://qiaoyingji.example.com/book/3/chapter/12.html",
        title="峤南县廊桥现状调查报告",
        record_title="第十二章 峤南县廊桥现状调查报告 - 桥影集",
        date="2024-10-28",
        notes="collection chapter page: chapter nav top and bottom, reader settings row, a survey table one row a paragraph; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第十二章 峤南县廊桥现状调查报告 - 桥影集</title></head><body>
<div class="bar">⟦m 桥影集 — 一位老桥工的笔记⟧ ⟦a 阅读设置：护眼 夜间 字号+ 字号-⟧</div>
<div class="chapnav">⟦l 上一章⟧ ⟦l 目录⟧ ⟦l 下一章⟧</div>
<h1>⟦t 峤南县廊桥现状调查报告⟧</h1>
<div class="chapinfo">⟦m 第十二章 · 字数 1024 · 更新于 2024-11-02⟧</div>
<div class="chaptext">
{BODY}
</div>
<div class="chapnav2">⟦l ← 第十一章 木拱桥的营造技艺⟧ ⟦l 第十三章 桥上的对联 →⟧</div>
<div class="foot">⟦d 本集文字与照片版权归作者所有⟧</div>
</body></html>
""",
        body="""
2024年9月至10月，笔者与县文物所的同志一道，对全县现存廊桥进行了实地调查，现将情况整理如下。
一、数量与分布。全县现存廊桥十一座，其中木拱廊桥四座、石拱廊桥七座，主要分布在西部山区的三条溪流上。
二、保存状况
桥名　结构　状况
回龙桥　木拱　良好
永济桥　石拱　一般
迎仙桥　木拱　较差
三、主要问题。部分廊桥屋面漏雨、木构件糟朽，个别廊桥因公路改线已无人通行，日常管护缺位。
四、建议。对保存较差的迎仙桥尽快实施抢救性修缮，推行“一桥一管护人”制度，发动沿溪村民参与保护。
调查人：骆文秉
2024年10月28日
""",
    ),
    dict(
        slug="dangjian-yaodong-lecture-speaker-date",
        site="翕原党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.xiyuandj.example.org.cn/dk/2025/0701/6612.html",
        title="在窑洞里上好一堂专题党课",
        record_title="在窑洞里上好一堂专题党课 - 党课讲稿 - 翕原党建网",
        date="2025-07-01",
        notes="speaker line and a date under the title are neutral; a breadcrumb, 责任编辑 line; a 'study points' share bar and 学习强国-like buttons at the bottom",
        page="""
!m 翕原党建网 | 党员教育在线
!m 首页 > 党课讲稿 > 基层党课
!t 在窑洞里上好一堂专题党课 - 党课讲稿 - 翕原党建网
镇党委书记　尚志宏
（2025年7月1日）
{BODY}
!m 责任编辑：冯佳　校对：王一凡
!a 点赞　收藏　转发到党员学习群
!l 推荐阅读：红色家书里的初心 / 老支书的“三本账”
!m 主办：中共翕原县委组织部　承办：县党员教育中心
""",
        body="""
同志们：
今天我们把党课课堂搬到了这孔老窑洞里。八十多年前，这里曾是边区的一个区公所，先辈们就在这样简陋的条件下处理政务、宣传群众。
第一，要学习先辈们艰苦奋斗的精神。当年窑洞里一盏油灯、一张木桌，照样把工作做得扎扎实实。
第二，要学习先辈们密切联系群众的作风。老乡们说，那时候的干部白天和大家一起下地，晚上在窑洞里开会，有事就找得到。
第三，要把红色资源保护好、利用好。镇里已经启动窑洞旧址修缮工作，今后要把这里建成党员教育的固定课堂。
同志们，让我们从这孔窑洞出发，把先辈的好传统带到每一项工作中去。
""",
    ),
    dict(
        slug="dangjian-html-tulou-branch-summary",
        site="汀坪先锋网 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.tingpingxf.example.cn/zbfc/2025/0112/1208.html",
        title="土楼村党支部2024年工作总结",
        record_title="【支部风采】土楼村党支部2024年工作总结",
        date="2025-01-10",
        notes="Party-building portal: red banner slogan, 来源/作者/时间 line (the page's date differs; the 成文日期 expected, the other accepted), numbered list and glued share icons",
        date_also=["2025-01-12"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】土楼村党支部2024年工作总结_汀坪先锋网</title></head><body>
<div class="banner">⟦m 汀坪先锋网⟧ <span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="nav">⟦m 首页　党建要闻　支部风采　党员之家　学习园地⟧</div>
<div class="weizhi">⟦m 当前位置：支部风采⟧</div>
<h1>⟦t 【支部风采】土楼村党支部2024年工作总结⟧</h1>
<div class="xx">⟦m 来源：汀坪镇党委　作者：卢婉婷　时间：2025-01-12⟧</div>
<div class="zw">
{BODY}
</div>
<div class="fx">⟦l 分享：⟧ ⟦l 微信 微博 复制链接⟧</div>
<div class="ft">⟦m 中共汀坪县委组织部主办　闽ICP备19007781号⟧</div>
</body></html>
""",
        body="""
2024年，土楼村党支部以党建引领土楼保护和乡村旅游发展，支部凝聚力和战斗力明显增强。
一、抓学习，强堡垒。坚持“三会一课”，全年召开支部党员大会六次、上党课四次，组织党员到县红色教育基地学习一次。
二、抓保护，守家园。发动党员认领土楼保护责任，组建义务消防队，全年完成四座土楼的屋面检修和电线改造。
三、抓发展，富口袋。支部领办土楼民宿合作社，带动十九户村民发展民宿和特色餐饮，村集体经济收入达到二十六万元。
2025年，支部将继续围绕土楼保护利用做文章，让土楼既留住乡愁，又带来收入。
中共土楼村支部委员会
2025年1月10日
""",
    ),
    dict(
        slug="hospital-html-child-weight-clinic-news",
        site="珂城市妇幼保健院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kechengfy.example.com/news/2025/0515/2231.html",
        title="我院儿童体重管理门诊正式开诊",
        record_title="我院儿童体重管理门诊正式开诊-珂城市妇幼保健院",
        date="2025-05-15",
        notes="hospital news page: booking button, 24-hour line in the header and footer; the clinic's own 咨询电话 in the body; photo caption; date in a 发布时间 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院儿童体重管理门诊正式开诊-珂城市妇幼保健院</title></head><body>
<div class="head">⟦m 珂城市妇幼保健院⟧ ⟦m 24小时服务热线：0571-6601120⟧ <a>⟦a 预约挂号⟧</a></div>
<div class="menu">⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普⟧</div>
<div class="pos">⟦m 首页 › 医院新闻⟧</div>
<h1>⟦t 我院儿童体重管理门诊正式开诊⟧</h1>
<div class="meta">⟦m 发布时间：2025-05-15　浏览量：1093⟧</div>
<div class="text">
{BODY}
</div>
<div class="back">⟦a 【返回列表】【打印】⟧</div>
<div class="foot">⟦m 地址：珂城市解放南路16号⟧ ⟦d 本站内容仅供参考，不作为诊断和治疗依据⟧</div>
</body></html>
""",
        body="""
5月15日，我院儿童体重管理门诊在门诊楼三楼正式开诊，为超重和肥胖儿童提供营养、运动、心理等一站式干预服务。
据介绍，门诊由儿童保健科牵头，联合临床营养科、康复科和心理科共同坐诊，为每名就诊儿童建立个性化体重管理档案。
⟦m 图为医生为就诊儿童测量体脂。⟧
“孩子胖不是福，儿童期肥胖会增加成年后患慢性病的风险。”儿童保健科主任祝晴提醒，家长要帮孩子养成少喝含糖饮料、每天运动一小时的习惯。
开诊时间为每周二、周四全天，咨询电话：0571-6601356。
""",
    ),
    dict(
        slug="hospital-eye-exercise-letter-parents",
        site="瑶光眼科医院 (invented)",
        style="医院官网",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.yaoguangeye.example.com/kepu/2025/0901/408.html",
        title="致全市中小学生家长的一封信：认真做好眼保健操",
        record_title="致全市中小学生家长的一封信：认真做好眼保健操_健康科普_瑶光眼科医院",
        date="2025-09-01",
        notes="hospital science page: header with a booking line, online-consult floating box, the letter's own advice; the hospital's signature and date; 分享 bar",
        page="""
!m 瑶光眼科医院 · 守护每一双眼睛
!m 预约电话：400-820-5117（7×24小时）
!m 当前位置：健康科普 / 青少年近视防控
!t 致全市中小学生家长的一封信：认真做好眼保健操_健康科普_瑶光眼科医院
{BODY}
!w 在线咨询：眼科医生免费答疑，点击右侧对话框
!l 分享至：朋友圈｜QQ好友｜微博
!d 科普文章仅供参考，具体诊疗请遵医嘱。
!m Copyright © 瑶光眼科医院　浙ICP备16032219号-2
""",
        body="""
尊敬的家长朋友：
新学期开始了，孩子们又回到了课堂。为保护孩子的视力，我们建议您和学校一起，督促孩子认真做好每天两次的眼保健操。
一、做眼保健操前要洗手，手指按准穴位，力度以有酸胀感为宜。
二、每节操要做足节拍，不能敷衍了事，做完后远眺窗外一分钟效果更好。
三、在家读写时也要注意“一尺一拳一寸”，每学习四十分钟休息十分钟。
四、每学期带孩子到正规医疗机构检查一次视力，发现视力下降要及时就诊。
让我们共同努力，为孩子们留住一双明亮的眼睛。
瑶光眼科医院
2025年9月1日
""",
    ),
    dict(
        slug="university-html-courtyard-houses-survey",
        site="嵘州建筑大学 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.rzjzdx.example.edu.cn/info/1043/20871.htm",
        title="嵘州老城区四合院保护利用情况调研报告",
        record_title="嵘州老城区四合院保护利用情况调研报告-嵘州建筑大学建筑学院",
        date="2025-06-20",
        notes="university department page: school-level nav, a 作者/审核 line, decimal headings 1.1/1.2 kept; related news; a footer with 邮编",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>嵘州老城区四合院保护利用情况调研报告-嵘州建筑大学建筑学院</title></head><body>
<div class="top">⟦m 嵘州建筑大学建筑学院⟧ ⟦a 学校首页 | English⟧</div>
<div class="nav">⟦m 学院概况　师资队伍　人才培养　科学研究　社会服务⟧</div>
<div class="crumb">⟦m 首页 » 社会服务 » 调研成果⟧</div>
<h2>⟦t 嵘州老城区四合院保护利用情况调研报告⟧</h2>
<div class="info">⟦m 作者：历史建筑保护课题组　审核：汪启明　阅读：845⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="rel">⟦l 相关新闻：我院师生参加历史街区保护设计竞赛获佳绩⟧</div>
<div class="foot">⟦m 地址：嵘州市学府路1号　邮编：330068⟧ ⟦m 版权所有 嵘州建筑大学⟧</div>
</body></html>
""",
        body="""
为了解老城区四合院的保存和利用现状，课题组于2025年4月至6月对老城区三个历史街区开展了入户调查。
1 调查概况
1.1 调查范围：老城区钟楼、府学、东关三个历史街区，共调查四合院七十二处。
1.2 调查方法：采用测绘、问卷和访谈相结合的方法，完成有效问卷二百一十份。
2 主要发现
2.1 保存较完整的四合院占比约百分之三十八，多数存在私搭乱建、院落格局被改变的问题。
2.2 居住人口老龄化明显，六十岁以上居民占比超过一半。
3 对策建议
建议制定“一院一策”保护导则，鼓励通过合院民宿、社区书房等方式活化利用。
历史建筑保护课题组
2025年6月20日
""",
    ),
    dict(
        slug="university-conservatory-opera-house-speech",
        site="霁川音乐学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jcyy.example.edu.cn/xwzx/2025/1018/5529.html",
        title="在学院歌剧院落成启用仪式上的致辞",
        record_title=None,
        date="2025-10-18",
        notes="no record title; speaker line neutral; date from the page's 发布时间 line; 新闻中心 breadcrumb; view count",
        page="""
!m 霁川音乐学院 新闻中心
!m 首页 > 新闻中心 > 校园要闻
{T}
!m 发布时间：2025-10-18　作者：党委宣传部　浏览：2017
院长　顾明澜
{BODY}
!a 〔打印〕〔关闭〕
!l 上一条：我院师生获全国声乐比赛金奖
!l 下一条：第十三届校园音乐节开幕
!m 霁川音乐学院党委宣传部　版权所有
""",
        body="""
尊敬的各位来宾，老师们、同学们：
今天，学院歌剧院正式落成启用了。我代表学院，向关心支持歌剧院建设的各级领导和社会各界朋友表示衷心的感谢！
这座歌剧院设有一千二百个座位，舞台配备了升降乐池和专业声学系统，将成为我院歌剧、音乐剧教学实践和艺术展演的重要平台。
希望全院师生珍惜这座艺术殿堂，多出精品、多出人才，也欢迎市民朋友常来这里欣赏高雅艺术。
谢谢大家！
""",
    ),
    dict(
        slug="localforum-street-vendors-notice-junk",
        site="砚州在线论坛 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.yanzhouzx.example.com/thread-771209-1-1.html",
        title="关于设置流动摊贩临时疏导点的公告",
        record_title="[转帖] 关于设置流动摊贩临时疏导点的公告 - 砚州杂谈 - 砚州在线",
        date="2025-05-28",
        notes="county forum repost: junk lines and glued junk; 发表于 post date differs from the 成文日期 (the document's expected, the post's accepted); a table of sites; replies",
        date_also=["2025-05-29"],
        junk=dict(lines=1, glued=3),
        page="""
!m 砚州在线 › 砚州杂谈 › 正文
!t [转帖] 关于设置流动摊贩临时疏导点的公告
!m 老街坊 发表于 2025-5-29 08:15 | 阅读 5230 回复 48
{BODY}
!l 1楼 江边钓鱼人：终于有个规矩了，支持！
!l 2楼 小橘子：东门那个点晚上人太多了，要注意安全啊
!a 我也说一句（登录后可回复）
!m 砚州在线 版权所有 | 赣ICP备11020077号
""",
        body="""
为满足市民消费需求，规范流动摊贩经营秩序，经研究，在城区设置流动摊贩临时疏导点。现将有关事项公告如下：
一、疏导点设置
地点　经营时段　摊位数
东门广场北侧　17:00—22:00　40个
滨江路停车场　06:00—09:00　30个
二、摊贩须向所在街道登记，按划定摊位经营，自备垃圾收集容器，收摊后清扫干净。
三、疏导点以外的主次干道、学校和医院周边，禁止摆摊设点。
砚州市城市管理局
2025年5月28日
""",
    ),
    dict(
        slug="localforum-html-cellar-safety-township",
        site="箬溪乡亲网 (invented township forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ruoxixq.example.net/forum/post/31844",
        title="关于冬季菜窖安全使用的温馨提示",
        record_title=None,
        date="2024-11-20",
        notes="township forum HTML: no record title, found in the h1; an admin badge line; a pinned-post label; reply list; the document's own 联系电话 kept; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>箬溪乡亲网</title></head><body>
<div class="hd">⟦m 箬溪乡亲网 · 乡里乡亲一家人⟧</div>
<div class="bread">⟦m 论坛 / 乡镇公告 / 帖子⟧</div>
<div class="post"><div class="label">⟦l 置顶⟧</div>
<h1>⟦t 关于冬季菜窖安全使用的温馨提示⟧</h1>
<div class="author">⟦m 版主·箬溪镇应急办　楼主　浏览 2288⟧</div>
<div class="content">
{BODY}
</div></div>
<div class="replies"><p>⟦l 沙发！转给家里老人看看⟧</p><p>⟦l 去年邻村就出过事，大家一定要注意⟧</p></div>
<div class="reply-box">⟦a 回复楼主⟧</div>
<div class="ft">⟦m 箬溪乡亲网 2009-2025⟧</div>
</body></html>
""",
        body="""
各位乡亲：
入冬以来，家家户户开始用菜窖储存白菜、土豆和萝卜。菜窖长期密闭，容易积聚二氧化碳，下窖前一定要注意安全。
一、下窖前先打开窖口通风半小时以上，可用点燃的蜡烛放入窖内试验，蜡烛熄灭说明缺氧，严禁下窖。
二、下窖时窖口必须有人看护，不要一个人单独下窖，老人和孩子不要下窖。
三、发现有人在窖内晕倒，不要盲目下窖施救，应立即拨打120并向村委会报告。
如有疑问，请联系镇应急办，联系电话：0452-7713021。
箬溪镇应急管理办公室
2024年11月20日
""",
    ),
    dict(
        slug="download-swallow-nest-initiative-markers",
        site="绿叶资料下载站 (invented)",
        style="资料下载站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.lvyezl.example.com/soft/doc/22817.html",
        title="保护燕子窝倡议书",
        record_title="保护燕子窝倡议书 免费下载",
        date="2025-04-01",
        notes="download station: file-info lines, ⟮n⟯ page markers glued at line starts cutting sentences, mirror links, a 报错 line; 成文日期 under the signature",
        indent="\u3000\u3000",
        pages=dict(fmt="⟮{n}⟯", every=110, start=2, glue=True),
        page="""
!m 绿叶资料下载站 — 资料免费下，绿色无广告
!m 资料大小：18KB　资料类别：倡议书　授权方式：免费　更新时间：2025-04-03
!t 保护燕子窝倡议书 免费下载
!m 资料预览：
{BODY}
!a ◎ 本地下载一　◎ 本地下载二　◎ 网通下载
!a 下载出错？点此报错
!d 本站所有资料仅供学习交流，请下载后24小时内删除。
""",
        body="""
亲爱的同学们、村民朋友们：
春天来了，燕子又飞回了我们的村庄。燕子是益鸟，一只燕子一个夏天能捕食大量蚊蝇和害虫，是我们的好朋友。
为了让燕子安心在这里安家，镇少先队大队部向大家发出倡议：
一、不捅燕子窝，不掏燕子蛋，不捕捉、惊吓燕子。
二、家里屋檐下有燕子窝的，可在窝下钉一块小木板，既能接住粪便，又能保护雏燕。
三、发现受伤的燕子，及时告诉老师或联系镇林业站救助。
让我们一起行动起来，做燕子的好邻居！
筠坪镇中心小学少先队大队部
2025年4月1日
""",
    ),
]
