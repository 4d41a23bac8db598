"""holdout182, part c: piggy banks (存钱罐) — family finance education, bank and school
events, coin exchange, charity drives and collectors. Everything invented."""

CASES = [
    dict(
        slug="blog-mum-three-piggy-banks",
        site="粢湖妈妈的育儿笔记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://blog.cihu-mama.example.com/post/2025/03/three-jars.html",
        title="给孩子准备三个存钱罐：花、存、给",
        record_title="【育儿随记】给孩子准备三个存钱罐：花、存、给 | 粢湖妈妈的育儿笔记",
        date="2025-03-16",
        notes="blog: tag cloud, archive, a bracketed post time taken as the date; a comment box; 'follow' prompt glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>【育儿随记】给孩子准备三个存钱罐：花、存、给 | 粢湖妈妈的育儿笔记</title></head><body>
<div id="hd">⟦m 粢湖妈妈的育儿笔记 — 陪孩子慢慢长大⟧</div>
<div id="main"><h2>{T}</h2>
<p class="time">⟦m [2025-03-16 21:40]　分类：财商启蒙⟧</p>
{BODY}
<p class="tags">⟦l 标签：存钱罐 零花钱 财商⟧</p>
<div class="cmt">⟦l 评论（18）　发表你的看法⟧</div>
</div>
<div id="side"><h4>⟦l 标签云⟧</h4><p>⟦l 绘本 辅食 幼小衔接 财商启蒙 旅行⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年3月 (6)⟧<br>⟦l 2025年2月 (4)⟧</p></div>
<div id="ft">⟦d 本博客文字均为原创，转载请留言告知⟧</div>
</body></html>
""",
        body="""
女儿上一年级后开始有零花钱，我给她准备了三个透明的存钱罐，分别贴上“花”“存”“给”三个字。
每周的10元零花钱，她自己决定怎么分。一开始她把大部分都放进“花”罐，两周就买了一堆贴纸。⟦a 喜欢就关注我吧，每周更新⟧
到了第二个月，她看中了一套42元的画笔，才发现“存”罐里只有6元。那天晚上她主动把下周的钱多分了一些给“存”罐。
“给”罐里的钱，她说要留到社区义卖时买小朋友的手工作品。看着三个罐子慢慢变化，我觉得这比讲道理管用多了。
""",
    ),
    dict(
        slug="wechat-creditunion-kids-piggybank-day",
        site="粼田农商银行公众号 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.mirror-read.example.com/s/LTNS_2025_0601",
        title="“小小存钱罐 大大理财梦”六一主题活动走进粼田实验小学",
        record_title="“小小存钱罐 大大理财梦”六一主题活动走进粼田实验小学",
        date="2025-06-01",
        notes="WeChat mirror: account line date, reward and 在看 rows, a read-original link; photo caption between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>“小小存钱罐 大大理财梦”六一主题活动走进粼田实验小学</title></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 粼田农商银行　2025-06-01 18:02　浙江⟧</div>
<section>
{BODY}
</section>
<p>⟦a 喜欢作者　赞赏⟧</p>
<p>⟦l 阅读 2016　分享　在看 47⟧</p>
<p>⟦a 阅读原文⟧</p>
</div>
<div class="mirror-ft">⟦d 本页为公众号文章镜像，版权归原作者所有⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
6月1日，粼田农商银行城东支行的志愿者来到粼田实验小学，为三年级的同学们送上了一堂别开生面的财商课。
志愿者用一个个卡通存钱罐，给同学们讲解了“存钱”“利息”“规划”这些概念，还教大家辨认人民币的防伪特征。
⟦m ▲志愿者为同学们讲解人民币防伪知识⟧
活动最后，支行为每位同学赠送了一个存钱罐和一本“成长存折”，鼓励同学们记录每一笔零花钱的去向。
支行负责人表示，今年将把财商课堂送进全县12所小学，帮助孩子们从小养成勤俭节约的好习惯。
""",
    ),
    dict(
        slug="univ-cuicheng-ceramic-piggybank-design-contest",
        site="粹城学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cuichengxy.example.edu.cn/info/1021/18844.htm",
        title="我校学生在全省文创设计大赛中获陶瓷存钱罐类金奖",
        record_title="我校学生在全省文创设计大赛中获陶瓷存钱罐类金奖-粹城学院",
        date="2025-11-24",
        notes="university news: college nav, 供稿/摄影/审核 lines, a 'title glued to the lead' repeated title; byline date",
        page="""
<html><head><meta charset="utf-8"><title>我校学生在全省文创设计大赛中获陶瓷存钱罐类金奖-粹城学院</title></head><body>
<div class="head">⟦m 粹城学院　博学 笃行 求真 致用⟧ ⟦a 信息门户 | 图书馆 | English⟧</div>
<div class="nav">⟦m 学校概况　院系设置　教育教学　科学研究　招生就业　校园文化⟧</div>
<div class="lm">⟦m 学校新闻⟧</div>
<h1>{T}</h1>
<div class="wzxx">⟦m 发布时间：2025-11-24　作者：艺术设计学院　点击：⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="sx">⟦l 上一条：我校举办2025年秋季田径运动会⟧<br>⟦l 下一条：图书馆开展“阅读马拉松”活动⟧</div>
<div class="foot">⟦m 地址：粹城市学府大道1号　邮编：350221⟧<br>⟦d 粹城学院版权所有⟧</div>
</body></html>
""",
        body="""
日前，第九届全省文化创意设计大赛结果揭晓，我校艺术设计学院学生作品《粹城十二时辰》获陶瓷存钱罐类金奖。
该作品以粹城古城门、老街、茶亭等十二处地标为原型，设计了一组可以拼接成城墙的陶瓷存钱罐，投币口藏在城楼的檐下。
指导教师吴立诚介绍，团队前后修改了七稿，在校内陶艺工作室烧制了四十多件样品，最终在釉色上选用了当地传统的青灰釉。
目前，已有两家文创企业与学院洽谈作品转化事宜。
⟦m 供稿：艺术设计学院　摄影：施远　审核：蒋红⟧
""",
    ),
    dict(
        slug="training-fq-kids-course-plan",
        site="粳阳小当家财商学堂 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xiaodangjia-fq.example.com/kecheng/summer-2025.html",
        title="2025年暑期少儿财商启蒙营课程方案",
        record_title="学员必看｜2025年暑期少儿财商启蒙营课程方案",
        date=None,
        notes="training school: floating consult box, trial-lesson prompt, 400 line vs the school's own 报名电话 kept; course table; no date",
        page="""
!m 小当家财商学堂 · 让孩子从小懂钱会管钱
!m 首页 | 课程体系 | 师资团队 | 学员风采 | 联系我们
{T}
{BODY}
!w 免费试听一节课，立即预约>>
!w 在线咨询　课程顾问：400-883-6021
!d 最终解释权归小当家财商学堂所有
""",
        body="""
一、招生对象：6至10岁儿童，每班不超过16人。
二、课程安排
课次　主题　活动
第1课　钱从哪里来　亲子访谈“爸爸妈妈的一天”
第2课　我的存钱罐　手绘存钱罐并制定存钱目标
第3课　需要和想要　超市购物小任务
第4课　小小银行家　模拟存取款和利息计算
三、上课时间：7月14日至7月25日，每周一、三、五上午9:00至10:30。
四、报名方式：到校区前台报名，或拨打报名电话0862-7731905。
""",
    ),
    dict(
        slug="portal-ziling-pboc-coin-exchange-day",
        site="籽岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ziling.example.gov.cn/xwzx/tzgg/202501/t20250106_14501.html",
        title="关于开展“零钱换整·存钱罐进银行”便民活动的公告",
        record_title="关于开展“零钱换整·存钱罐进银行”便民活动的公告",
        date="2025-01-06",
        notes="county portal text: 长辈版 link, 索引号 lines, 文号 neutral; a list of bank outlets kept; 成文日期",
        page="""
!a 长辈版　|　无障碍
!m 籽岭县人民政府网
!m 首页 » 新闻中心 » 通知公告
!m 索引号：ZL-00118-2025-0006　发布机构：人民银行籽岭县支行
{T}
籽银公告〔2025〕1号
{BODY}
!a 【我要纠错】【打印】【关闭】
!m 籽岭县人民政府办公室主办　县政务服务数据管理局承办
""",
        body="""
为方便群众兑换硬币，减少春节前零钱找零不便，人民银行籽岭县支行联合县内各银行业金融机构，于2025年1月13日至1月24日开展“零钱换整·存钱罐进银行”便民活动。
活动期间，群众可携带存钱罐中的硬币和小面额纸币，到以下网点免费兑换整钞或存入本人账户：
1. 工商银行籽岭支行营业部（城关镇解放路18号）
2. 籽岭农商银行城中支行（城关镇新华街6号）
3. 邮储银行籽岭县支行（城关镇车站路33号）
硬币数量较多的，请提前一天电话预约，各网点将安排清点机具。
中国人民银行籽岭县支行
2025年1月6日
""",
    ),
    dict(
        slug="news-tangjiang-kid-donates-piggybank",
        site="糍江晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.cjwb.example.com.cn/shehui/2025-07/08/content_99127.html",
        title="7岁男孩抱着存钱罐到消防站：给叔叔们买冰棍",
        record_title="7岁男孩抱着存钱罐到消防站：给叔叔们买冰棍 - 糍江晚报网",
        date="2025-07-08",
        notes="news portal text: title glued to the lead (repeated title), 来源 line, editor line on its own, a 'more' list; byline date",
        page="""
!m 糍江晚报网 | 社会
!m 2025-07-08 10:26:31　来源：糍江晚报　作者：记者 袁小林
{BODY}
!m 编辑：房蕾
!l 相关新闻：高温下的坚守：环卫工人的一天｜消防站开放日吸引百余市民
!d 未经糍江晚报网书面授权，不得转载、摘编
""",
        body="""
⟦t 7岁男孩抱着存钱罐到消防站：给叔叔们买冰棍⟧7月7日下午，一名小男孩抱着一个小猪存钱罐，在妈妈的陪同下走进了糍江市消防救援支队城南站。
男孩叫朵朵，今年7岁。他说在电视上看到消防员叔叔穿着厚厚的衣服救火，想用自己攒的零花钱给叔叔们买冰棍。
消防员们婉拒了他的零花钱，带他参观了消防车和装备，还给他穿上了小号的战斗服。
“这份心意比什么都珍贵。”站长蔡军说，大家商量后决定给朵朵回一封感谢信，鼓励他好好学习。
""",
    ),
    dict(
        slug="forum-discuz-ceramic-piggybank-collectors-jammer",
        site="粲原收藏论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="https://bbs.canyuan-shoucang.example.com/forum.php?mod=viewthread&tid=52017",
        title="晒晒我收的七十年代陶瓷存钱罐，欢迎懂行的朋友指点",
        record_title="晒晒我收的七十年代陶瓷存钱罐，欢迎懂行的朋友指点 - 杂项收藏 - 粲原收藏论坛 - Powered by Discuz!",
        date=None,
        notes="Discuz-like forum: jammer fonts, post info with a relative time, signature, rating and reply box; no date",
        junk=dict(lines=1, glued=3),
        page="""
<html><head><meta charset="utf-8"><title>晒晒我收的七十年代陶瓷存钱罐，欢迎懂行的朋友指点 - 杂项收藏 - 粲原收藏论坛 - Powered by Discuz!</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 粲原收藏论坛⟧ ⟦a 登录 立即注册 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 收藏天地 › 杂项收藏 › 查看内容⟧</div>
<div class="pls">⟦m 老窑工　UID 20417　主题 88 帖子 1320⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="pi">⟦m 发表于 昨天 20:17　只看该作者　电梯直达⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="sign">⟦l 收藏有道，量力而行⟧</div>
<div class="po">⟦l 回复　支持 9　反对 0　举报⟧</div>
</div>
<div id="ft">⟦m Powered by Discuz! X3.5　© 2001-2025⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
这几年陆续收了二十多个陶瓷存钱罐，大多是七十年代各地瓷厂出的，今天挑几个给大家看看。
第一个是小猪造型的，白底红花，底款是某地红旗瓷厂，投币口边上有一点磕，整体品相还行。
第二个是胖娃娃抱鲤鱼，釉色是那个年代常见的粉彩，背后有“勤俭节约”四个字。
最喜欢的是这个邮筒造型的，绿色的釉，底下还有一个小小的取钱孔，用软木塞堵着，非常少见。
不知道有没有懂行的朋友能帮忙看看，这些东西现在大概什么行情？
""",
    ),
    dict(
        slug="fanwen-school-charity-piggybank-host-script",
        site="糯溪范文大全 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.nxfwdq.example.com/zhuchici/2025/1208/60213.html",
        title="“爱心存钱罐”慈善义卖活动主持词",
        record_title="“爱心存钱罐”慈善义卖活动主持词（通用版）_糯溪范文大全",
        date=None,
        notes="范文 site: copy-lock line between paragraphs, writing-service WeChat glued after a sentence; template placeholders ××; upload-style time; no date",
        page="""
!m 糯溪范文大全 — 找范文，就上范文大全
!m 您的位置：首页 > 主持词 > 活动主持词
{T}
!m 更新时间：2025-12-08　栏目：活动主持词　阅读：　次
{BODY}
!a 复制本页内容请先登录，登录后可免费复制
!l 相关范文：爱心义卖活动总结｜学校慈善一日捐倡议书｜六一文艺汇演主持词
""",
        body="""
尊敬的各位老师、亲爱的同学们：
大家上午好！欢迎来到××小学“爱心存钱罐”慈善义卖活动现场。
过去一个学期，同学们把节省下来的零花钱投进班级的爱心存钱罐，今天，我们将打开这些存钱罐，并通过义卖自己的手工作品，为××乡中心小学的同学们购买图书。⟦w 原创代写，请加微信 fanwen_nx88⟧
⟦a 以下内容需登录后查看⟧
下面，有请校长为活动致辞，大家掌声欢迎！
感谢校长的讲话。现在，我宣布，义卖活动正式开始！请同学们到各班展位前选购，每一份爱心都会被认真记录。
""",
    ),
    dict(
        slug="docshare-pledge-piggybank-donation",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gongxiangdoc.example.com/p-8831207.html",
        title="“一罐零钱 一份温暖”爱心捐赠倡议书",
        record_title=None,
        date="2025-11-15",
        notes="document-sharing page: no record title (h1); uploader line, page count, download buttons and a related-docs list; 成文日期 kept",
        page="""
<html><head><meta charset="utf-8"><title>“一罐零钱 一份温暖”爱心捐赠倡议书 - 共享文档网</title></head><body>
<div class="hd">⟦m 共享文档网 — 海量文档免费分享⟧ ⟦a 上传文档　登录⟧</div>
<div class="crumb">⟦m 共享文档网 > 实用文档 > 倡议书⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 贡献者：qz_chen2008　上传于 2025-11-20　页数：1　下载：62⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="btns">⟦a 下载此文档（2积分）⟧ ⟦a 收藏⟧ ⟦a 举报⟧</div>
<div class="rel"><b>⟦l 相关文档⟧</b><ul><li>⟦l 冬季送温暖活动倡议书⟧</li><li>⟦l 图书捐赠倡议书范文⟧</li></ul></div>
<div class="ft">⟦d 本站所有文档均由用户上传，如有侵权请联系我们删除⟧</div>
</body></html>
""",
        body="""
全体居民朋友们：
冬天快到了，辖区内还有一些困难家庭的孩子缺少过冬衣物和学习用品。
我们倡议：请大家把家中存钱罐里闲置的零钱拿出来，投入社区服务站的“暖冬爱心罐”，聚少成多，帮助身边需要帮助的人。
捐赠时间：2025年11月18日至12月10日。所有捐款将统一登记、张榜公示，接受大家监督。
一罐零钱，一份温暖。让我们携起手来，共同传递爱心！
粹城市南关街道南湖社区居委会
2025年11月15日
""",
    ),
    dict(
        slug="localforum-lost-piggybank-thanks",
        site="糈口生活网 (invented)",
        style="地方论坛",
        genre="感谢信",
        kind="other",
        form="text",
        source="https://bbs.xukoulife.example.com/thread-880712-1-1.html",
        title="感谢信：感谢出租车师傅送回孩子遗落的存钱罐",
        record_title="感谢信：感谢出租车师傅送回孩子遗落的存钱罐 - 百姓话题 - 糈口生活网",
        date="2025-02-09",
        date_also=["2025-02-10"],
        notes="county forum: sticky badge, a moderator edit stamp, post time differing from the letter's own date (document date expected); signature line",
        page="""
!m 糈口生活网 » 百姓话题
!l [置顶] 论坛发帖规则（新人必读）
!m 作者：糖糖妈2019　发表于 2025-2-10 08:31
{T}
{BODY}
!m 本帖最后由 版主小张 于 2025-2-10 09:02 编辑
!l 回复 | 引用 | 举报 | 加为好友
""",
        body="""
尊敬的出租车师傅：
2月8日傍晚，我带孩子从火车站打车回家，下车时孩子把她攒了一年的小熊存钱罐落在了后座上。
回家发现后孩子哭了一晚上，我也不知道车牌号，只好在网上发了求助帖。
第二天上午，您通过出租车公司联系到我们，专门把存钱罐送到了小区门口，一分钱也没要，连名字都不肯留下。
在这里，我们全家向您表示衷心的感谢！孩子说，长大以后也要做像您一样的好人。
糖糖一家
2025年2月9日
""",
    ),
    dict(
        slug="qa-open-piggybank-without-breaking",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.baishitong.example.com/q/44120983",
        title="没有取钱口的陶瓷存钱罐，怎么把钱取出来又不砸碎？",
        record_title=None,
        date=None,
        notes="Q&A text: question as the title (no record title); answerer line with a relative time; no date",
        page="""
!m 百事通问答 > 生活 > 居家
{T}
!m 3个回答　被浏览 5120 次
!m 热心答主 · 木子李　2天前
{BODY}
!l 赞同 86　反对　收藏　分享
!l 更多回答（2）
""",
        body="""
可以试试“倒摇法”：把存钱罐倒过来，投币口朝下，用一把薄的黄油刀或者长条硬纸片从投币口伸进去，让硬币顺着刀面滑出来。
纸币比较好取，用一根长镊子或者两根筷子夹住，慢慢往外拉就行，注意不要扯破。
如果硬币太多，可以先往里面灌一点爽身粉，再摇一摇，硬币之间会更滑，出来得快一些。
实在取不出来，又舍不得砸，也可以找陶艺店在底部开一个小孔，再配一个橡胶塞子。
""",
    ),
    dict(
        slug="snapshot-toy-association-piggybank-standard-news",
        site="粳川玩具协会 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.jcwanjuxh.example.org/news/2025/0520/71.html",
        title="儿童存钱罐小零件安全问题引关注 协会组织企业开展自查",
        record_title="儿童存钱罐小零件安全问题引关注 协会组织企业开展自查 - 快照",
        date="2025-05-20",
        notes="search-cache frame: snapshot banner with time, highlighted query words, the original page inside with a byline date",
        page="""
<html><head><meta charset="utf-8"><title>儿童存钱罐小零件安全问题引关注 协会组织企业开展自查 - 快照</title></head><body>
<div class="cache-head">⟦d 您查询的关键词：存钱罐 自查　以下是该网页在北京时间 2025年06月03日 07:41 的快照；如果打开速度慢，可以尝试快速版。⟧</div>
<div class="cache-frame">
<div class="site">⟦m 粳川玩具协会　行业动态⟧</div>
<h2>{T}</h2>
<p class="by">⟦m 日期：2025-05-20　来源：秘书处⟧</p>
{BODY}
<div class="foot">⟦m 协会地址：粳川县玩具城管委会大楼5楼　电话：0878-6129955⟧</div>
</div>
</body></html>
""",
        body="""
近日，有消费者反映某品牌卡通存钱罐的塑料耳朵容易脱落，存在被幼儿误吞的风险。
协会第一时间召开会员企业座谈会，要求生产儿童存钱罐的27家会员企业对照玩具安全国家标准，重点检查小零件、锐利边缘和涂层重金属三项指标。
截至5月18日，已有19家企业完成自查，发现并整改问题产品4个型号。
协会提醒家长，为3岁以下儿童选购存钱罐时，应选择无可拆卸小部件的产品，并查看包装上的适用年龄标识。
""",
    ),
]
