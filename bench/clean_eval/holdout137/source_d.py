"""holdout137, part D. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wenku-mianxiang-sanzi-report-html-markers",
        site="面香文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.mianxiangwk.com/view/ab39e1c07d.html",
        title="关于全县馓子产业发展情况的调研报告",
        record_title="关于全县馓子产业发展情况的调研报告【word可编辑】",
        date="2024-08-20",
        notes="文库 reader with ⸢n⸣ marker paragraphs cutting paragraphs; paywall; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于全县馓子产业发展情况的调研报告【word可编辑】-面香文库</title></head>
<body>
<div class="hd">⟦m 面香文库⟧ ⟦a 登录 / 注册⟧</div>
<div class="bc">⟦m 面香文库 › 行业研究 › 食品行业⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 贡献者：qiaomai_77　｜　4页　｜　2.3万次阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 还剩2页未读，继续阅读需￥4.90⟧ ⟦a 开通VIP 全站免费下载⟧</div>
<div class="rec">⟦l 相关推荐⟧<ul><li>⟦l 特色小吃产业调研报告　6页⟧</li><li>⟦l 县域食品加工业发展对策　9页⟧</li></ul></div>
<div class="ft">⟦d 面香文库所有文档均由用户上传，如有侵权请联系我们删除。⟧</div>
</body></html>
""",
        pages=dict(fmt="⸢{n}⸣", every=200, start=2),
        body="""
为摸清我县馓子产业发展现状，县工信局会同县市场监管局于2024年7月对全县馓子生产企业和作坊进行了专题调研。现将有关情况报告如下。
一、基本情况。全县现有馓子生产企业6家、登记小作坊143家，从业人员约2100人，年产馓子约1.8万吨，产值约5.4亿元，产品销往十多个省份。
二、存在问题。一是小散弱问题突出，九成以上为家庭作坊，缺乏统一标准；二是品牌意识不强，多数产品无注册商标；三是包装保鲜技术落后，保质期短，制约了外地销售。
三、对策建议。建议制定馓子团体标准，建设集中加工园区，申报地理标志证明商标，支持企业引进充氮包装设备，并依托电商平台拓展销售渠道。
县工信局调研组
2024年8月20日
""",
    ),
    dict(
        slug="news-wanbao-bamboo-pole-dance-festival",
        site="荑城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yichengwb.com/html/2024-04/12/content_31872.htm",
        title="千人共跳竹竿舞 欢度民族传统节日",
        record_title="千人共跳竹竿舞 欢度民族传统节日_荑城晚报网",
        date="2024-04-12",
        notes="city daily text rendering; dateline in the byline; photo caption glued between paragraphs; editor line",
        page="""
!m 荑城晚报网 · 本地新闻
!m 首页 > 本地 > 文体
!t 千人共跳竹竿舞 欢度民族传统节日_荑城晚报网
{T}
!m 2024年04月12日 07:58　荑城晚报　　本报记者 陈雅婷
!a 【大字】【默认】【小字】
{BODY}
!m 责任编辑：吴桐
!l 相关新闻：“三月三”期间城区交通管制公告 ｜ 民族服饰展演周末开演
!d 荑城晚报网版权所有，转载请注明出处。
""",
        body="""
4月11日，农历三月初三，荑城县民族广场上锣鼓喧天，来自全县各乡镇的1200多名群众手持竹竿、身着民族服装，共同跳起竹竿舞，欢度传统节日。
只见几十对竹竿在地上开合拍打，发出整齐清脆的节奏声，跳舞的人们在竹竿间灵巧跳跃，引来围观群众阵阵喝彩。
⟦m （图：群众在民族广场共跳竹竿舞。记者 陈雅婷 摄）⟧
“我们寨子里从小就跳，今天来这么多人，特别热闹！”来自那洪镇的黎族姑娘符小丽说。
据了解，今年“三月三”期间，荑城县还举办了山歌对唱、抛绣球、板鞋竞速等20多项活动，预计吸引游客15万人次。
""",
    ),
    dict(
        slug="forum-xique-wedding-diary-jammer",
        site="喜鹊婚嫁论坛 (invented)",
        style="论坛",
        genre="随笔",
        kind="other",
        form="html",
        source="https://bbs.xique-hunjia.com/thread-88231-1-1.html",
        title="备婚半年，说说我们和婚庆公司签合同踩过的坑",
        record_title="备婚半年，说说我们和婚庆公司签合同踩过的坑 - 备婚经验 - 喜鹊婚嫁论坛",
        date="2024-06-03",
        notes="Discuz-like forum with jammer fonts; post time is the page's date; level/points chrome",
        page="""
<html><head><meta charset="utf-8"><title>备婚半年，说说我们和婚庆公司签合同踩过的坑 - 备婚经验 - 喜鹊婚嫁论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 喜鹊婚嫁论坛⟧ ⟦a 用户名 密码 登录 立即注册 找回密码⟧</div>
<div id="pt">⟦m 喜鹊婚嫁论坛 › 婚嫁交流 › 备婚经验 › 查看内容⟧</div>
<div class="pls">⟦m 橙子不酸　UID 60218　主题 12　帖子 301　积分 980⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2024-6-3 22:16⟧ ⟦l 只看该作者 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复 支持 反对 举报⟧</div>
</div>
<div id="ft">⟦m Powered by 喜鹊社区 © 2010-2024　沪ICP备12033905号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
终于办完婚礼，回头看合同这块真的踩了不少坑，写出来给后面的姐妹参考。
第一，套餐名字别信。我们签的“浪漫森系套餐”，合同里只写了“花艺布置一套”，结果现场鲜花少得可怜，一问说套餐就是这个标准。一定要让对方把花材种类、数量写进去。
第二，司仪要写名字。面谈时是金牌司仪，婚礼前一周突然说档期冲突换人。后来我们拿出聊天记录，对方才退了差价。
第三，定金别交太多。有的公司让一次付一半，其实按规定定金不能超过总价的两成，多交的部分将来不好要。
第四，尾款婚礼后再结。婚礼当天事情多，尾款最好约定婚礼结束后三天内付清，出了问题也好协商。
祝大家都顺顺利利！
""",
    ),
    dict(
        slug="blog-yiren-coix-farmer-wrapped",
        site="薏人日记 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://yirenriji.blog.example-cn.net/post/2023/09/28/",
        title="种薏米的第三年",
        record_title="种薏米的第三年 - 薏人日记 - 个人博客",
        date="2023-09-28",
        notes="text rendering of a farmer's blog, hard-wrapped at 58 columns; bracketed post time; tags and comments",
        page="""
!m 薏人日记 —— 一个返乡青年的种地笔记
!m 首页 | 种植记录 | 日常 | 相册 | 留言
!t 种薏米的第三年 - 薏人日记 - 个人博客
{T}
!m 【2023-09-28 21:07】　分类：种植记录　　阅读 233　评论 6
{BODY}
!l 标签：薏米 返乡 合作社
!l 上一篇：台风过后补种的那几亩　　下一篇：第一次参加农产品展销会
!l 网友评论（6）　发表评论
!d 本博客文字为原创，转载请联系博主。
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
今年是我回村种薏米的第三年。前两年一个亏、一个持平，今年总算见到了回头钱。
变化最大的是种子。去年冬天县农技站推荐了一个新品种，植株矮，不容易倒伏，今年台风过境，隔壁老品种倒了一大片，我家的基本没事。
第二个变化是加入了村里的合作社。以前收了薏米要自己跑市场，价格被压得很低；现在合作社统一收购、统一脱壳，每斤比散卖多卖六七毛。
还有就是学会了算账。我专门买了个本子，种子、肥料、人工、机收每一笔都记下来。算下来今年二十亩地，除去成本净赚三万出头，虽然不多，但心里踏实。
明年打算再流转十亩地，试试薏米和油菜轮作。
""",
    ),
    dict(
        slug="wechat-leicha-story-mirror-html",
        site="客家味道 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.mirror-read.example.com/a/kejia-weidao/2024-05-19",
        title="一钵擂茶，擂出乡村振兴好光景",
        record_title="一钵擂茶，擂出乡村振兴好光景",
        date="2024-05-19",
        notes="WeChat-style mirror: account header, follow prompt, 阅读原文/在看, ad slot between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>一钵擂茶，擂出乡村振兴好光景</title></head>
<body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 客家味道　2024年5月19日 08:30　广东⟧</div>
<p>⟦w 👆点击蓝字关注我们，品味地道客家风情⟧</p>
{BODY}
<p>⟦l 往期推荐：酿豆腐的十种吃法｜客家围屋里的端午节⟧</p>
<p>⟦a 阅读原文　　分享　　在看　　写留言⟧</p>
<p>⟦d 本文图文来源：蓁阳融媒，如有侵权请联系删除⟧</p>
</div>
</body></html>
""",
        body="""
清晨六点，蓁阳县擂茶村的茶香已经飘满巷子。村民黄伯拿着山茶木擂棍，在陶制擂钵里来回转动，芝麻、花生、茶叶渐渐擂成细腻的茶泥。
“以前擂茶是自家喝，现在是招待游客的招牌。”黄伯说。三年前，村里成立擂茶专业合作社，统一培训、统一标准，全村开起了22家擂茶馆。
⟦a 广告　夏日特惠｜客家土特产礼盒限时8折，点击购买⟧
去年，擂茶村接待游客18万人次，擂茶及相关农产品销售额突破2000万元，村集体经济收入达到86万元。
村党支部书记刘建华说，下一步村里将建设擂茶文化体验馆，让游客不仅能喝茶，还能亲手擂一钵茶带回家。
""",
    ),
    dict(
        slug="docshare-kam-choir-school-plan-html",
        site="文档共享网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wdgxw.net/p-92710463.html",
        title="侗族大歌进校园实施方案",
        record_title="侗族大歌进校园实施方案.wps",
        date="2024-02-27",
        notes="sharing reader with upload notice and .wps file name as record title; numbered list; 附件",
        page="""
<html><head><meta charset="utf-8"><title>侗族大歌进校园实施方案.wps - 文档共享网</title></head>
<body>
<div class="top">⟦m 文档共享网 — 海量文档 免费分享⟧</div>
<div class="doc-title">⟦t 侗族大歌进校园实施方案.wps⟧</div>
<div class="doc-info">⟦m 格式：WPS　页数：3　上传时间：2024-10-11⟧ ⟦a 下载　收藏　举报⟧</div>
<div class="doc">
<p>{T}</p>
{BODY}
</div>
<div class="note">⟦d 本文档由网友上传，版权归原作者所有，仅供学习参考。⟧</div>
<div class="more">⟦l 相关文档：民族文化进校园活动方案　非遗传承课程实施方案⟧</div>
</body></html>
""",
        body="""
为传承和弘扬侗族大歌，结合我校实际，制定本方案。
一、目标任务：每个班级学会两首大歌，组建校级大歌队一支，培养学生对本民族文化的认同感和自豪感。
二、实施措施
1.开设课程。每周安排一节大歌课，纳入音乐课教学计划。
2.聘请歌师。从周边村寨聘请2名歌师担任校外辅导员，每周到校授课两次。
3.开展活动。每学期举办一次班级大歌比赛，每年参加县里组织的展演。
4.编写教材。组织音乐教师和歌师编写校本教材《我们的大歌》。
三、保障措施：学校成立工作领导小组，校长任组长；每年安排专项经费1.5万元。
附件：大歌课程教学进度表
坪寨小学
2024年2月27日
""",
    ),
    dict(
        slug="edu-banxie-school-sports-meet-text",
        site="芪岭县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qilingedu.cn/html/tzgg/2024/1015/5520.html",
        title="关于举办全县中小学民族传统体育运动会的通知",
        record_title="关于举办全县中小学民族传统体育运动会的通知-芪岭县教育信息网",
        date="2024-10-14",
        date_also=["2024-10-15"],
        notes="education portal text rendering; schedule table; contact and e-mail kept; site feedback mail as chrome",
        page="""
!m 芪岭县教育信息网
!m 首页 | 教育动态 | 通知公告 | 德育体艺 | 教研之窗
!m 当前位置：首页 >> 通知公告
{T}
!m 作者：体卫艺办　来源：县教育局　发布时间：2024-10-15　点击：512
芪教体〔2024〕31号
{BODY}
!a 打印此页　　返回上页
!m 网站管理：芪岭县教育信息中心　投稿邮箱：qljyxxw@163.com
""",
        body="""
各中小学校：
为传承民族传统体育，增强学生体质，经研究，决定举办全县中小学民族传统体育运动会。有关事项通知如下：
一、时间地点：2024年11月8日至9日，县体育中心。
二、比赛项目
项目　组别　每校限报
板鞋竞速　小学组、中学组　男女各1队
抢花炮　中学组　男子1队
竹竿舞　小学组、中学组　1队
踢毽子　小学组　男女各2人
三、报名：请于10月30日前将报名表发送至县教育局体卫艺办邮箱qltwy@163.com。
联系人：杨德明，电话：0855-3126630。
芪岭县教育局
2024年10月14日
""",
    ),
    dict(
        slug="intranet-zhuyun-steamer-factory-oa-text",
        site="竹韵蒸笼厂内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://192.168.10.5/oa/notice/show?id=1187",
        title="关于调整夏季作息时间和高温补贴的通知",
        record_title=None,
        date="2024-06-25",
        notes="intranet text view with read count and sign-off; missing record title; table of shifts",
        page="""
!m 竹韵蒸笼厂协同办公系统
!m 首页 > 公告通知 > 查看
!a [返回] [打印] [下载附件]
{T}
!m 发布部门：行政人事部　发布人：林素琴　发布时间：2024-06-25 15:40　已读 86 / 未读 9
{BODY}
!m 签收情况：生产一车间 已签收　生产二车间 已签收　烘干组 未签收
!d 内部资料 注意保密
""",
        body="""
各车间、班组：
为保障员工身体健康，根据县人社局有关规定，经厂务会研究，决定自2024年7月1日起至9月30日调整作息时间，并发放高温补贴。
一、作息时间
班次　上午　下午
生产车间　6:30—11:00　15:00—18:30
烘干组　6:00—10:30　16:00—19:30
行政后勤　8:00—12:00　14:30—17:30
二、高温补贴：一线生产员工每人每月300元，行政后勤人员每人每月150元，随当月工资发放。
三、各车间要备足防暑降温药品和绿豆汤，烘干组每班不得连续作业超过两小时。
竹韵蒸笼厂
2024年6月25日
""",
    ),
    dict(
        slug="qa-huapao-rules-answer-html",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowd.com/q/30771254.html",
        title="抢花炮比赛有哪些基本规则？",
        record_title="抢花炮比赛有哪些基本规则？_知了问答",
        date="2024-03-18",
        notes="Q&A answer with vote bar; 回答于 is the page's date; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>抢花炮比赛有哪些基本规则？_知了问答</title></head>
<body>
<div class="hd">⟦m 知了问答⟧ ⟦a 提问 登录⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 提问于 2024-03-17　体育运动分类　1.3万浏览⟧</div>
<div class="ans">
<div class="who">⟦m 民体教练阿木　回答于 2024-03-18 09:52⟧</div>
{BODY}
</div>
<div class="vote">⟦l 赞同 212　反对 3　收藏 88　评论 14⟧</div>
<div class="more">⟦l 查看全部 7 个回答⟧</div>
<div class="ft">⟦d 知了问答 ©2024 回答内容仅代表答主观点⟧</div>
</body></html>
""",
        body="""
我带过几年县队，简单说一下现在正式比赛的主要规则：
1.场地：长60米、宽40米左右的长方形场地，两端各设一个“花篮”（得分区）。
2.人数：每队场上8人，替补若干，比赛中可以换人。
3.开赛：裁判把花炮（一个直径约5厘米的胶圈）用炮冲或者手抛向空中，双方队员争抢。
4.得分：持花炮冲到对方花篮前，把花炮投进篮内就算得分。
5.限制：可以合理冲撞、阻挡，但不能抱腿、踢人、拉扯衣服，犯规会被判罚或罚下。
6.时间：一般分上下半场，每个半场15到20分钟。
新手入门建议先练体能和传接，对抗性很强，一定要戴好护具。
""",
    ),
    dict(
        slug="anthology-pushan-palm-fan-chapter-html",
        site="葵乡旧事 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="http://www.kuixiang-jiushi.cn/vol3/chapter12.html",
        title="父亲的扇铺",
        record_title="葵乡旧事·卷三｜父亲的扇铺",
        date=None,
        notes="collection chapter page with volume navigation; no date (year only in the text); word count",
        page="""
<html><head><meta charset="utf-8"><title>葵乡旧事·卷三｜父亲的扇铺</title></head>
<body>
<div class="book">⟦m 葵乡旧事　作者：钟石⟧</div>
<div class="toc">⟦l 卷一 童年　卷二 少年　卷三 手艺人　卷四 远方⟧</div>
<h2>{T}</h2>
<div class="stat">⟦m 本章字数：802　更新：2年前⟧</div>
{BODY}
<div class="nav">⟦l 上一章：扇面上的烙花⟧ ⟦l 目录⟧ ⟦l 下一章：最后一船扇子⟧</div>
<div class="ft">⟦d 本文集由作者授权发布，禁止转载⟧</div>
</body></html>
""",
        body="""
父亲的扇铺开在葵乡老街的拐角，门面不大，一块木招牌上写着“钟记葵扇”四个字。
每年开春，父亲就带着我们去收葵叶。他挑叶子很挑剔，叶面有一点黄斑都不要。收回来的叶子要蒸、要晒、要压，前后一个多月，才能开始做扇。
夏天是扇铺最忙的时候，街坊邻居、外地客商都来买扇。父亲做的扇子扇风软、用得久，很多人一买就是十几把。
一九八六年以后，电风扇进了千家万户，扇铺的生意一年不如一年。父亲却一直不肯关门，他说：“总有人要用扇子的。”
如今老街已经改造，扇铺也早没了，可我家里还留着父亲做的最后一把扇子。
""",
    ),
    dict(
        slug="dangjian-tremella-branch-text",
        site="莪川先锋网 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.echuanxf.gov.cn/jcdj/2024/1230/3319.html",
        title="银耳产业党建示范带建设工作总结",
        record_title="【基层党建】银耳产业党建示范带建设工作总结",
        date="2024-12-27",
        notes="Party-building site text; Chinese-numeral date under the signature; study prompt chrome",
        page="""
!m 莪川先锋网
!m 首页 ＞ 基层党建 ＞ 经验交流
!t 【基层党建】银耳产业党建示范带建设工作总结
!m 来源：古田乡党委　　时间：2024-12-30　　点击：142
!a 【字号 大 中 小】【打印】【关闭】
{BODY}
!a 阅读本文可获得学习积分1分
!l 上一篇：县委组织部召开村党组织书记述职评议会
!m 主办：中共莪川县委组织部　技术支持：县融媒体中心
""",
        date_also=["2024-12-30"],
        indent="\u3000\u3000",
        body="""
今年以来，古田乡党委以银耳产业为纽带，串联沿线7个村党支部，建设银耳产业党建示范带，推动党建与产业深度融合。
一是组织联建。成立银耳产业联合党委，吸纳合作社、企业党组织5个，建立“联合党委+村党支部+党员示范户”三级体系，全年召开联席会议6次。
二是党员带头。开展“党员示范菇房”创建，48名党员示范户带动周边菇农改造标准化菇房1.6万平方米，户均增收1.2万元。
三是服务下沉。组建党员技术服务队3支，深入菇房开展技术指导320余次，帮助解决菌种退化、杂菌污染等问题。
下一步，我们将持续擦亮示范带品牌，推动银耳产业提质增效，让党旗在产业一线高高飘扬。
中共古田乡委员会
二〇二四年十二月二十七日
""",
    ),
]
