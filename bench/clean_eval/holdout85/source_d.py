"""holdout85, part D. Invented text, written case by case; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-old-table-summary-playground-html",
        site="公文宝库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwbaoku.com/zongjie/anquan/201.html",
        title="乡镇儿童游乐设施安全专项整治工作总结",
        record_title="乡镇儿童游乐设施安全专项整治工作总结（通用版）_公文宝库",
        date="2025-07-03",
        notes="old gbk table layout with marquee, font-size row, visitor counter and floating writing-service box",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>乡镇儿童游乐设施安全专项整治工作总结（通用版）_公文宝库</title>
<script language="javascript" src="/js/float.js"></script></head>
<body><table width="980" border="0" align="center"><tr><td>⟦m 公文宝库 www.gwbaoku.com⟧</td><td>⟦a 设为首页⟧ | ⟦a 收藏本站⟧</td></tr></table>
<marquee scrollamount="3">⟦m 热烈庆祝公文宝库收录范文突破80万篇！⟧</marquee>
<table><tr><td>⟦m 当前位置：公文宝库 → 工作总结 → 安全工作总结⟧</td></tr></table>
<table><tr><td><h2>{T}</h2></td></tr>
<tr><td>⟦m 时间：2025-07-05　来源：网友投稿　本文已影响 2,406 人⟧</td></tr>
<tr><td>⟦a 【阅读字号：加大 标准 缩小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<div id="float">⟦w 材料代写 原创保证 QQ：2877610432⟧</div>
<table><tr><td>⟦l 【上一篇】乡镇消防安全工作总结⟧</td><td>⟦l 【下一篇】特种设备安全月活动总结⟧</td></tr></table>
<p>⟦m 访问统计：今日 3381　总计 9120455⟧</p>
<p>⟦d 本站内容均为网友发布，仅供参考，请勿照搬照抄⟧</p>
</body></html>
""",
        body="""
根据县安委办统一部署，我镇于5月至6月开展了儿童游乐设施安全专项整治，现将有关情况总结如下。
一、摸清底数。全镇共排查游乐设施点位17处，其中小区8处、学校幼儿园6处、商业场所3处。
二、整改隐患。发现隐患29处，已整改27处；对2处无法修复的旧滑梯予以拆除。
三、建章立制。建立游乐设施“一点一档”，明确物业、学校和经营者的日常巡查责任。
鹳原县鸬溪镇安全生产委员会办公室
2025年7月3日
""",
    ),
    dict(
        slug="wenku-qingshu-speech-mahua-heritage-markers",
        site="青书文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.qingshu-wk.com/d/8a13c7.html",
        title="在麻花制作技艺传承人授牌仪式上的讲话",
        record_title="在麻花制作技艺传承人授牌仪式上的讲话（精选）",
        date="2025-10-17",
        notes="paid preview; markers of own form glued mix, cutting sentences; date under title in Arabic numerals",
        page="""
!m 青书文库 · 找文档上青书
!m 文档分类：党政范文 › 讲话稿　　页数：3　　评分：4.6
!t 在麻花制作技艺传承人授牌仪式上的讲话（精选）
!a 开通青书VIP，海量文档免费下载
{T}
（2025年10月17日）
{BODY}
!a 试看结束，购买本文档（￥3.80）继续阅读
!l 相关推荐：非遗进校园活动讲话 / 文化遗产日主题活动致辞
""",
        indent="\u3000\u3000",
        pages=dict(fmt="~{n}~", every=70, start=2, glue="mix"),
        body="""
各位传承人、同志们：
今天，我们为首批8位麻花制作技艺县级代表性传承人授牌。这既是荣誉，更是责任。
鹪水麻花靠的是一代代老师傅口传手教。希望各位传承人带好徒弟，把和面、醒面、搓条、拧花、炸制的每一道工序都教扎实。
文化部门要为传承人搭建展示平台，每年组织一次技艺展演，让更多年轻人了解这门手艺。
谢谢大家。
""",
    ),
    dict(
        slug="gov-text-notice-chive-market-stable",
        site="鸻湾区人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.henwan.gov.cn/art/2025/1/14/art_1201_88.html",
        title="关于做好春节期间蔬菜保供稳价工作的通知",
        record_title="关于做好春节期间蔬菜保供稳价工作的通知",
        date="2025-01-14",
        notes="document number neutral; 抄送 and 印发 lines kept; elder-mode switch",
        page="""
!m 鸻湾区人民政府门户网站
!a 长辈版 | 无障碍 | 简体/繁體
!m 首页 > 政府信息公开 > 通知公告
{T}
鸻政办发〔2025〕3号
{BODY}
!a 【字体：大 中 小】【打印】【分享】
!m 鸻湾区人民政府办公室 主办　网站标识码：3306020001
""",
        body="""
各街道办事处，区政府各部门：
春节临近，为保障全区居民“菜篮子”供应，现就有关事项通知如下。
一、各街道要督促辖区韭菜、青菜等设施蔬菜种植户合理安排采收，确保节日期间日上市量不低于120吨。
二、区商务局要组织农贸市场增设平价蔬菜专柜，区市场监管局要加强价格巡查。
三、遇雨雪冰冻天气，各单位要提前做好大棚加固和运输保障。
鸻湾区人民政府办公室
2025年1月14日
抄送：区委办，区人大办，区政协办。
鸻湾区人民政府办公室　　2025年1月14日印发
""",
    ),
    dict(
        slug="news-evening-paper-roller-race-html",
        site="鹛原晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.myrwb.com/news/tiyu/2025-10-05/66120.html",
        title="鹛原首届城市轮滑马拉松鸣枪开赛",
        record_title="鹛原首届城市轮滑马拉松鸣枪开赛|鹛原晚报网",
        date="2025-10-05",
        notes="news portal with 24-hour list and 点击排行; title glued to lead; editor line glued after last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹛原首届城市轮滑马拉松鸣枪开赛|鹛原晚报网</title><script src="//s.myrwb.com/ad.js"></script></head><body>
<div class="top">⟦m 鹛原晚报网⟧ ⟦m 鹛原第一新闻门户⟧ ⟦a 数字报⟧ ⟦a 客户端下载⟧</div>
<div class="nav">⟦m 要闻⟧ ⟦m 社会⟧ ⟦m 体育⟧ ⟦m 民生⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025-10-05 17:32:08　来源：鹛原晚报　记者 孙一航⟧</div>
<div class="text">
{BODY}
</div>
<div class="r24"><h4>⟦l 24小时热闻⟧</h4><p>⟦l 鹛原地铁2号线首列车抵达⟧</p><p>⟦l 国庆假期全市接待游客超百万⟧</p></div>
<div class="rank"><h4>⟦l 点击排行⟧</h4><p>⟦l 城区这些路段10月起限速调整⟧</p></div>
<div class="foot">⟦d 鹛原晚报网版权所有，未经书面授权禁止转载⟧ ⟦m 互联网新闻信息服务许可证：33120170009⟧</div>
</body></html>
""",
        body="""
⟦t 鹛原首届城市轮滑马拉松鸣枪开赛⟧本报讯 10月5日上午，来自全省各地的1200余名轮滑爱好者在鹛原滨江大道参加首届城市轮滑马拉松。
比赛设全程42公里、半程21公里和5公里欢乐跑三个项目，年龄最小的选手只有7岁。
经过激烈角逐，来自省城的选手蒋浩以1小时12分的成绩获得男子全程冠军。⟦m （责编：林瑶）⟧
""",
    ),
    dict(
        slug="forum-discuz-chive-grower-junk-html",
        site="菜农联盟论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="http://www.cainonglm.com/thread-77123-1-1.html",
        title="韭菜冬季扣棚时间怎么把握？分享我的经验",
        record_title="韭菜冬季扣棚时间怎么把握？分享我的经验 - 种植技术 - 菜农联盟",
        date="2024-10-26",
        notes="Discuz-like forum with jammer fonts; 发表于 is the date; signature line and quick-reply box",
        page="""
<html><head><meta charset="gbk"><title>韭菜冬季扣棚时间怎么把握？分享我的经验 - 种植技术 - 菜农联盟</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 菜农联盟 - 种菜人自己的家园⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 菜农联盟 › 技术交流 › 种植技术⟧</div>
<div class="ts">⟦t 韭菜冬季扣棚时间怎么把握？分享我的经验⟧ ⟦m [复制链接]⟧</div>
<div class="authi">⟦m 老韭把式 发表于 2024-10-26 07:55⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 种了二十年韭菜，有问题站内私信我⟧</div>
<div class="po">⟦l 回复 支持(23) 反对(0) 举报⟧</div>
<div class="fastre">⟦a 高级模式 | 发表回复 | 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 冀ICP备14011020号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=1),
        body="""
我这边是北方，一般在第一次霜冻之后、夜温降到零下之前扣棚。扣早了韭菜没休眠好，出苗弱；扣晚了地冻住，返青慢。
扣棚前先把枯叶清干净，浇一遍透水，每亩追施腐熟鸡粪两方。
扣棚后头十天白天不放风，让棚温升上来，等新芽出土再逐步放风，白天控制在20℃左右。
""",
    ),
    dict(
        slug="blog-huahuan-rollerdad-html",
        site="花环轮滑爸爸的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://huahuan.blogway.cn/2025/08/16/first-race/",
        title="陪女儿参加第一场轮滑比赛",
        record_title="陪女儿参加第一场轮滑比赛 | 花环的小屋",
        date="2025-08-16",
        notes="blog with tag cloud, archive and recent comments; post date line is the date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>陪女儿参加第一场轮滑比赛 | 花环的小屋</title></head><body>
<header><h3>⟦m 花环的小屋⟧</h3><p>⟦m 记录一个奶爸的周末⟧</p></header>
<article><h1>{T}</h1>
<p class="meta">⟦m 发表于 2025年8月16日 · 分类：家有小女 · 3 条评论⟧</p>
{BODY}
<p class="tags">⟦l 标签：轮滑 比赛 亲子⟧</p>
</article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年8月 (4)⟧</li><li>⟦l 2025年7月 (6)⟧</li></ul>
<h4>⟦l 最新评论⟧</h4><p>⟦l 小鱼妈妈：太棒了，明年一起报名！⟧</p>
<h4>⟦l 标签云⟧</h4><p>⟦l 亲子 露营 轮滑 读书 做饭⟧</p></aside>
<footer>⟦d 本站文章采用 CC BY-NC 4.0 协议，转载请署名⟧ ⟦m Powered by WordPress⟧</footer>
</body></html>
""",
        body="""
今天是小满人生中的第一场轮滑比赛，六岁组200米计时赛。
检录的时候她一直攥着我的手，说肚子疼。我知道那是紧张，就跟她说，摔倒了也没关系，站起来滑到终点就是胜利。
发令枪一响，她起步慢了半拍，到弯道已经落在最后。可她没有停，一步一步蹬到了终点，成绩是第九名。
回家的路上她问我明年还能不能再来，我说当然能。
""",
    ),
    dict(
        slug="wechat-mirror-mahua-recipe-text",
        site="鹇山美食圈（镜像） (invented)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="text",
        source="https://wx.mirror-read.net/a/9Xk21Lm",
        title="家里炸麻花，记住这三点不回软",
        record_title="家里炸麻花，记住这三点不回软",
        date="2025-11-02",
        notes="WeChat mirror in text; account date line; follow prompt glued after first paragraph; like/looking bar",
        page="""
!m 鹇山美食圈　2025-11-02 07:30　发表于浙江
!a ▲点击上方“鹇山美食圈”关注我们，每天一道家常菜
{T}
{BODY}
!a 觉得有用就点个“在看”吧
!l 往期精选：手工豆腐的做法 | 冬至汤圆这样包不破
!a 阅读原文　　赞 86　　在看 31
""",
        body="""
麻花是很多人小时候的零嘴，自己在家炸，常常一放凉就软了。其实只要注意三点就行。⟦a 关注我们，私信回复“麻花”领取配方卡⟧
第一，面团要硬一些，加少量鸡蛋和小苏打，醒足40分钟。
第二，油温先高后低，下锅时约170度定型，之后转小火慢慢炸透。
第三，炸好后放在架子上晾凉再装罐，不要趁热密封。
""",
    ),
    dict(
        slug="docshare-minutes-roller-club-wrapped",
        site="文享网 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.wenxiang-net.com/doc/30011287.html",
        title="鹬坪县轮滑俱乐部理事会第三次会议纪要",
        record_title="鹬坪县轮滑俱乐部理事会第三次会议纪要",
        date="2025-09-06",
        notes="hard-wrapped minutes on a sharing page; vote count and 时间/地点/主持 lines kept; upload notice",
        page="""
!m 文享网 — 分享你的文档
!m 贡献者：riverstone　上传时间：2025-09-20　格式：DOC　大小：28K
{T}
{BODY}
!d 温馨提示：本文档由用户上传分享，文享网仅提供信息存储空间，如有侵权请联系客服处理。
!a 下载文档　|　收藏　|　分享给好友
""",
        wrap=58,
        body="""
时间：2025年9月6日上午9:30
地点：县体育中心会议室
主持：理事长 蔡文斌
出席：理事7人，监事1人
一、会议审议通过了2026年度训练和参赛计划，决定组队参加省青少年速度轮滑锦标赛和市轮滑公开赛。
二、会议讨论了场地租金上涨问题，同意会员年费由600元调整为680元，表决结果：同意6票，反对1票。
三、会议决定增补教练员2名，由秘书处负责考核。
记录：潘雨
""",
    ),
    dict(
        slug="edu-old-asp-notice-playground-kindergarten-html",
        site="鹩原县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lyjy.net/Article/ShowArticle.asp?ArticleID=4412",
        title="关于加强幼儿园户外大型玩具安全管理的通知",
        record_title="关于加强幼儿园户外大型玩具安全管理的通知",
        date="2025-03-10",
        notes="old ASP table layout with marquee, comment row and counter; document number neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鹩原县教育局--关于加强幼儿园户外大型玩具安全管理的通知</title></head>
<body><table width="778" align="center"><tr><td>⟦m 鹩原县教育局⟧</td></tr></table>
<marquee>⟦m 欢迎访问鹩原县教育局网站！⟧</marquee>
<table><tr><td>⟦m 您现在的位置： 鹩原教育 &gt;&gt; 文件通知 &gt;&gt; 正文⟧</td></tr>
<tr><td>{T}</td></tr>
<tr><td>⟦m 作者：基教股　文章来源：本站原创　点击数：876　更新时间：2025-3-10⟧</td></tr>
<tr><td>鹩教基〔2025〕7号</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 【发表评论】【推荐好友】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td>⟦l 上一篇文章： 关于做好春季开学工作的通知⟧</td></tr></table>
<p>⟦m 你是第 0472215 位访问者⟧</p>
<p>⟦m 版权所有：鹩原县教育局　技术维护：县电教站⟧</p>
</body></html>
""",
        body="""
各幼儿园：
近期外地发生幼儿园户外大型玩具伤人事件，为防止类似事故，现就有关要求通知如下。
1. 各园要在3月20日前对滑梯、攀爬架、秋千等大型玩具全面检查一次，建立检查台账。
2. 大型玩具下方应铺设软质地面，螺丝、焊点每月检查，发现松动立即停用。
3. 幼儿户外活动时，每组大型玩具旁至少安排一名教师看护。
鹩原县教育局
2025年3月10日
""",
    ),
    dict(
        slug="oa-text-report-mahua-sales",
        site="麦香源食品OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.maixiangyuan.local/km/review/show.do?id=90112",
        title="关于三季度麻花产品线上销售情况的报告",
        record_title="关于三季度麻花产品线上销售情况的报告",
        date="2025-10-09",
        notes="intranet text view; sales table; 流转记录 and read count after; watermark line",
        page="""
!m 麦香源协同办公 > 公文 > 收文查看
!m 水印：麦香源内部 hanyu 2025-10-11
{T}
!m 拟稿部门：电商部　密级：内部　紧急程度：普通
{BODY}
!m 流转记录：电商部 韩钰 拟稿 → 营销中心 周涛 审核 → 总经理 已阅
!m 已阅 14 人 / 未阅 3 人
!a 打印　导出PDF　关闭
""",
        body="""
公司领导：
现将三季度麻花产品线上销售情况报告如下。
渠道　销售额（万元）　同比
自营店铺　312　+26%
直播带货　198　+71%
社区团购　64　-8%
三季度线上销售总体增长较快，直播带货成为新的增长点；社区团购因平台调整有所下滑。
下一步拟增加小包装产品，并在双十一前完成两场品牌直播。
电商部
2025年10月9日
""",
    ),
    dict(
        slug="qa-html-answer-roller-age",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.zhiliao-wenda.com/question/552301",
        title="孩子几岁开始学轮滑比较合适？",
        record_title=None,
        date="2025-05-23",
        notes="Q&A with vote bar; question as title; answer date; answerer's card",
        page="""
<html><head><meta charset="utf-8"><title>孩子几岁开始学轮滑比较合适？ - 知了问答</title></head><body>
<div class="hd">⟦m 知了问答⟧ ⟦a 写回答⟧ ⟦a 登录/注册⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 浏览 5,612 · 关注 88 · 2 个回答⟧</p></div>
<div class="a"><div class="author">⟦m 汤教练 · 国家二级轮滑指导员⟧</div>
<div class="time">⟦m 回答于 2025-05-23⟧</div>
{BODY}
<div class="vote">⟦l 赞同 126　反对　评论 9　收藏⟧</div></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 轮滑鞋怎么选尺码？⟧</p><p>⟦l 学轮滑总往后倒怎么办？⟧</p></div>
<div class="ft">⟦d 回答内容由用户提供，不代表知了问答观点⟧</div>
</body></html>
""",
        body="""
一般建议4岁以后开始。4岁前孩子腿部力量和平衡能力还不够，容易摔，也难以听懂教练的指令。
4到6岁是启蒙的好时候，先练站立、踏步和安全摔倒，每次课不超过一小时。
最重要的是护具，头盔必须戴，鞋子要选可调节尺码、刀架稳定的。
""",
    ),
]
