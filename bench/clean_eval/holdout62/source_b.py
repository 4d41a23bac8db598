"""holdout62, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区, 个人文集. Invented text."""

CASES = [
    dict(
        slug="wechat-liangjiu-speech-sorghum-mirror",
        site="微文聚合镜像站 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wx.weiwenju.cc/s/Kp0q_ZuR2sLh",
        title="在粱城高粱酿造技艺传承人拜师仪式上的讲话",
        record_title=None,
        date="2025-03-28",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在粱城高粱酿造技艺传承人拜师仪式上的讲话</title></head><body>
<div class="mirror-bar">⟦m 本页为公众号文章镜像，原文链接已失效⟧</div>
<div id="js_content_wrap">
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta">⟦m 粱城酒业协会⟧ ⟦m 2025年03月29日 20:15⟧ ⟦m 湖北⟧</div>
<section class="rich_media_content">
<section><span style="font-size:15px;">粱城酒业协会会长　吕秉谦</span></section>
<section><span style="font-size:15px;">（2025年3月28日）</span></section>
{BODY}
</section>
<section>⟦l 往期推荐：⟧<br>⟦l 酒糟还田，是这样做的⟧<br>⟦l 老窖池里的微生物⟧</section>
<div class="tail">⟦a 长按二维码识别，关注我们⟧</div>
<div class="tool">⟦l 阅读 2367　赞 48　在看 19⟧</div>
<div class="tool">⟦l 写留言⟧</div>
</div>
<div class="mirror-foot">⟦d 镜像内容由程序自动抓取，著作权归原公众号所有⟧</div>
</body></html>
""",
        p_html='<section><span style="font-size:15px;">{}</span></section>',
        body="""
各位师傅、各位徒弟：
今天，六位青年酿酒师正式拜师，这是粱城高粱酿造技艺传承的一件喜事。
粱城人用本地红高粱酿酒已有四百余年，“清蒸二次清”的技艺全靠师徒口传手授。希望徒弟们尊师学艺，耐得住窖池边的寂寞；也希望师傅们倾囊相授，把看花接酒、踩曲制曲的绝活传下去。
""",
    ),
    dict(
        slug="wechat-shiliu-pledge-text-follow",
        site="公号文章存档 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="http://gzh.wenzhangcd.com/a/20241017/5802211",
        title="石榴林下禁止焚烧枯枝的倡议书",
        record_title="石榴林下禁止焚烧枯枝的倡议书｜丹榴镇发布",
        date="2024-10-16",
        page="""
!m 公号文章存档　收录 ▸ 丹榴镇发布
{T}
!m 原创　丹榴镇发布　2024-10-17 07:30　发表于四川
!a 点击上方蓝字「丹榴镇发布」关注我们
{BODY}
!m 来源：丹榴镇农业服务中心
!m 编辑：罗小满｜审核：许砺
!a 喜欢就点个赞再走吧 👍
!l 阅读原文
""",
        body="""
广大果农朋友：
秋冬季节，石榴园修剪下来的枯枝落叶增多。焚烧枯枝不仅污染空气，还容易引发山火。
我们倡议：枯枝粉碎后堆沤还田，病虫枝集中送到村收集点统一处理；发现有人焚烧，请及时劝阻或拨打镇农业服务中心电话0812-6630115。
让我们一起守护青山蓝天，守护丹榴的好果园！
丹榴镇农业服务中心
2024年10月16日
""",
    ),
    dict(
        slug="docshare-yunteng-request-rattan-html-markers",
        site="云藤文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.yunteng-docs.com/p-90044213.html",
        title="关于申请藤编非遗工坊建设补助资金的请示",
        record_title="关于申请藤编非遗工坊建设补助资金的请示.doc",
        title_in="file-name",
        date="2025-02-24",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于申请藤编非遗工坊建设补助资金的请示.doc-云藤文档</title></head><body>
<div class="hd">⟦m 云藤文档 · 分享有价值的文档⟧ <a>⟦a 上传赚收益⟧</a></div>
<div class="title-box"><h1>{T}</h1>
<span>⟦m 2页 · 15人下载 · 0.3金币⟧</span></div>
<div class="pages">
{BODY}
</div>
<div class="more">⟦a 继续阅读全文 ∨⟧</div>
<div class="dl">⟦a 下载此文档⟧ ⟦a 放入我的收藏⟧</div>
<div class="rec">⟦l 猜你想看：非遗项目申报书范本 | 专项资金申请报告模板⟧</div>
<div class="ft">⟦d 云藤文档所有资料为用户分享，若侵犯您的权益请发送邮件至 help@yunteng-docs.com⟧</div>
</body></html>
""",
        pages=dict(fmt="· {n} ·", every=70, start=2),
        body="""
藤溪县文化和旅游局：
我镇藤编技艺于2021年列入省级非物质文化遗产代表性项目名录。为改善传承条件，我镇拟在桃花村建设藤编非遗工坊，建筑面积460平方米，总投资128万元，镇财政已自筹60万元。
特申请县级非遗保护专项补助资金68万元，用于工坊装修和设备购置。
妥否，请批示。
藤溪县青藤镇人民政府
2025年2月24日
""",
    ),
    dict(
        slug="docshare-wendang-minutes-deer-text",
        site="文档小栈 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://wdxz.net/share/6a0c8e/minutes.html",
        title="茸岭村梅花鹿养殖合作社理事会会议纪要",
        date="2025-01-15",
        page="""
!m 文档小栈 > 共享文件 > 会议纪要
!m 分享人：鹿场会计　浏览 92 次　下载 7 次
{T}
{BODY}
!a 喜欢这篇文档？一键转存到我的小栈
!d 温馨提示：本站资源均来自网友分享，请勿用于商业用途。
!m 客服邮箱 kefu@wdxz.net
""",
        body="""
时间：2025年1月15日上午9时
地点：合作社二楼会议室
主持：何长顺（理事长）
参加：理事会成员5人，监事1人
会议议定事项如下：
一、同意2025年新建鹿舍3栋，所需资金由社员按股份筹集。
二、鹿茸统一交合作社收购，收购价按市场价上浮5%执行。
三、聘请县畜牧站兽医为合作社技术顾问。
记录：白杏
""",
    ),
    dict(
        slug="edu-tangquan-notice-html-study-trip",
        site="汤泉县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tangquan.gov.cn/tzgg/2025/0403/1022.html",
        title="关于组织中小学生开展地热科普研学活动的通知",
        date="2025-04-03",
        record_date="2025-04-03",
        page="""
<html><head><meta charset="utf-8"><title>关于组织中小学生开展地热科普研学活动的通知 - 汤泉县教育体育局</title></head><body>
<div id="top">⟦m 汤泉县教育体育局　办人民满意的教育⟧</div>
<div id="nav">⟦l 首页 | 教育动态 | 通知公告 | 招生考试 | 资源下载⟧</div>
<div id="search">⟦a 站内搜索⟧</div>
<div class="posit">⟦m 当前位置：首页 > 通知公告⟧</div>
<div class="wtitle">{T}</div>
<div class="winfo">⟦m 发布人：基教股　发布时间：2025年04月03日　阅读：1180⟧</div>
<div class="wbody">
{BODY}
</div>
<div class="attach">⟦l 附件下载：研学活动回执.docx⟧</div>
<div class="close">⟦a 【关闭窗口】⟧</div>
<div id="bottom">⟦m 地址：汤泉县泉源路16号　邮编：418300⟧<br>⟦m 湘ICP备12005561号-1⟧</div>
</body></html>
""",
        body="""
各中小学校：
为激发学生科学兴趣，县教体局联合县地热资源管理所开展“走近地热”科普研学活动，现将有关事项通知如下。
1. 活动时间：4月14日至5月30日，每校安排一天。
2. 参加对象：小学五年级至初中二年级学生。
3. 活动内容：参观地热井口和温泉水处理站，听地质专家讲座，完成研学手册。
4. 安全要求：各校须配齐带队教师，师生比不低于1:15。
请各校于4月10日前报送参加人数。联系人：邵清，电话：0735-6620371。
""",
    ),
    dict(
        slug="edu-liangcheng-school-plan-text",
        site="粱城县第二实验小学 (invented)",
        style="教育门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.lcexs.edu.cn/news/show.asp?id=3318",
        title="粱城县第二实验小学“小小农耕园”劳动教育实施方案",
        record_title="“小小农耕园”劳动教育实施方案",
        title_also=["“小小农耕园”劳动教育实施方案"],
        date="2025-02-20",
        page="""
!m 粱城县第二实验小学　LIANGCHENG NO.2 EXPERIMENTAL PRIMARY SCHOOL
!m 学校首页 → 德育天地 → 劳动教育
{T}
!m 作者：教导处　　时间：2025-2-21　　【双击滚屏】
{BODY}
!l 上一条：春季开学安全告家长书
!l 下一条：教师读书分享会活动简报
!m 校址：粱城县和平路58号　电话：0537-2231089
""",
        indent="　　",
        body="""
为落实劳动教育要求，学校利用校园东侧空地建设“小小农耕园”，特制定本方案。
一、园地划分：园地共1.2亩，分为高粱区、蔬菜区和花卉区，每班认领一块。
二、课程安排：每周一节劳动课，三至六年级学生参与播种、除草、浇水、收获全过程。
三、评价办法：学生填写《农耕日记》，期末评选“劳动小能手”。
粱城县第二实验小学
2025年2月20日
""",
        date_also=["2025-02-21"],
    ),
    dict(
        slug="oa-ouxiang-report-lotus-factory-html",
        site="藕香食品协同办公平台 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.ouxiang-food.local/doc/view?fid=20250318004",
        title="关于一季度藕粉生产线设备故障情况的报告",
        date="2025-03-18",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 藕香食品协同办公平台</title></head><body>
<div class="oa-top">⟦m 藕香食品协同办公平台⟧ ⟦m 欢迎您：生产部 刘青荷⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦l 待办事项(3)　已办事项　公文管理　通讯录⟧</div>
<table class="form"><tr><td>⟦m 拟稿部门：设备科⟧</td><td>⟦m 密级：内部⟧</td></tr></table>
<h2>{T}</h2>
<div class="doc">
{BODY}
</div>
<div class="flow"><b>⟦m 流转记录⟧</b><br>⟦m 2025-03-18 10:12　设备科 陆远 提交⟧<br>⟦m 2025-03-18 15:40　生产副总 江晴 已阅，同意⟧</div>
<div class="btns">⟦a 打印　导出PDF　转发⟧</div>
<div class="oa-foot">⟦d 内部资料　严禁外传⟧　⟦m 已阅人数：14⟧</div>
</body></html>
""",
        body="""
公司领导：
一季度，藕粉生产线共发生设备故障7次，累计停机31小时，影响产量约18吨。现将情况报告如下。
故障统计表
设备名称　故障次数　停机时长
磨浆机　3　14小时
离心脱水机　2　9小时
烘干塔　2　8小时
主要原因是磨浆机刀盘老化。建议二季度更换刀盘2套，并安排检修人员参加厂家培训。
设备科
2025年3月18日
""",
    ),
    dict(
        slug="oa-xueqiao-notice-sled-park-text",
        site="雪橇乐园集团内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://intra.xueqiao-park.com/notice/2024/1128/77.htm",
        title="关于做好雪橇滑道冬季开放前安全检测的通知",
        record_title="【内部通知】关于做好雪橇滑道冬季开放前安全检测的通知",
        date="2024-11-28",
        page="""
!m 雪橇乐园集团内网门户 | 员工自助 | 邮箱 | 考勤
!m 位置：内网首页 / 通知公告
!t 【内部通知】关于做好雪橇滑道冬季开放前安全检测的通知
!m 发文：安全管理部　日期：2024-11-28　已读 86 人　未读 12 人
{BODY}
!a ☑ 我已阅读并知晓
!a 返回列表　｜　打印
!d 本系统仅限集团员工使用，请勿截图外传
""",
        body="""
各景区运营部：
冬季雪橇滑道将于12月15日开放。为确保游客安全，现就开放前检测工作通知如下：
（一）12月5日前，完成滑道轨道、制动装置和防护网全面检测；
（二）12月10日前，邀请县特种设备检验所进行第三方检验；
（三）检测不合格的滑道一律不得开放。
抄送：集团总经理办公室
雪橇乐园集团安全管理部
2024年11月28日
""",
    ),
    dict(
        slug="qa-wenwenba-answer-ostrich-license",
        site="问问吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenwenba.com/q/203318821.html",
        title="养鸵鸟需要办哪些证？",
        record_title="养鸵鸟需要办哪些证？ - 问问吧",
        date=None,
        page="""
!m 问问吧 > 农林牧渔 > 特种养殖
{T}
!m 提问者：沙地种瓜人　　3个回答　　浏览1904次
!a 我来回答　｜　关注问题
!m 最佳答案　　回答者：畜牧老杨（认证：畜牧师）　2年前
{BODY}
!l 其他回答(2)
!l 夜半鸡叫：去当地畜牧局问问最准。
!a 为你推荐：养殖场环评怎么办理？
!m ©2026 wenwenba.com
""",
        body="""
鸵鸟属于人工繁育的陆生野生动物，在我国养殖一般需要办理以下证件：
1. 《野生动物人工繁育许可证》，向县级以上林业主管部门申请；
2. 《动物防疫条件合格证》，向当地畜牧兽医部门申请；
3. 如果需要出售，还要办理经营利用许可。
各省规定略有不同，建议提前到县林业局咨询。
""",
    ),
    dict(
        slug="qa-zhihuo-html-answer-hot-spring",
        site="知惑问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://zhihuo.cn/question/5510287/answer/1209331",
        title="泡温泉时为什么不能戴银饰？",
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>泡温泉时为什么不能戴银饰？ - 知惑问答</title></head><body>
<header>⟦m 知惑问答⟧ <input placeholder="搜索你感兴趣的内容"> ⟦a 写回答⟧</header>
<div class="q"><h1>{T}</h1><div class="topics">⟦l 温泉　旅游　生活常识⟧</div>
<div class="qstat">⟦m 关注者 127 · 被浏览 5.6万⟧</div></div>
<div class="answer"><div class="author">⟦m 泉水叮咚　地质工程师⟧</div>
<div class="RichText">
{BODY}
</div>
<div class="time">⟦m 编辑于 2023-08-14⟧</div>
<div class="actions">⟦l 赞同 892　添加评论　分享　收藏　喜欢⟧</div></div>
<div class="more">⟦l 查看全部 36 个回答⟧</div>
<footer>⟦m 知惑问答 © 2026　京ICP证110733号⟧</footer>
</body></html>
""",
        body="""
谢邀。主要有两个原因。
第一，很多温泉水含有硫化氢等硫化物，银遇到硫会生成黑色的硫化银，首饰很快就会发黑。
第二，温泉水温较高，金属首饰导热快，长时间浸泡容易烫伤皮肤。
所以建议下水前把银饰、铜饰都摘下来，交给前台保管。
""",
    ),
    dict(
        slug="anthology-xiejiang-memoir-cobbler",
        site="鞋匠手记（个人文集） (invented)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="text",
        source="http://www.xiejiangshouji.com/wenji/juan2/07.html",
        title="在修鞋行当里的四十年",
        record_title="在修鞋行当里的四十年（鞋匠手记·卷二）",
        date=None,
        page="""
!m 鞋匠手记 · 周钉文集
!m 目录 ｜ 卷一 街头 ｜ 卷二 手艺 ｜ 卷三 杂忆
!t 在修鞋行当里的四十年（鞋匠手记·卷二）
{BODY}
!l ← 上一章：我的第一副鞋楦　　下一章：给孙子做的布鞋 →
!d 文集由作者家人整理上传，未经同意请勿转载。
""",
        wrap=60,
        indent="　　",
        body="""
我十七岁跟着舅舅学修鞋，一副鞋楦、一把锥子、一口铁砧，在蕖阳老街口一蹲就是四十年。
那时候修一双鞋底只收两毛钱，生意最好的时候，一天能修三十多双。后来皮鞋多了，我又学会了换拉链、修箱包。
有人问我苦不苦，我说手艺人不怕苦，就怕没人要这门手艺。
""",
    ),
    dict(
        slug="anthology-guoshu-html-pomegranate-essays",
        site="果树下文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="html",
        source="https://guoshuxia.wenji.net/chapter/14.html",
        title="石榴园里的父亲",
        date=None,
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>石榴园里的父亲 - 果树下文集</title></head><body>
<div class="book">⟦m 《果树下》　作者：榴川 祁安⟧</div>
<div class="chapnav">⟦l 上一篇　目录　下一篇⟧</div>
<h2>{T}</h2>
<div class="cinfo">⟦m 本篇字数：186　更新：2022-11-02⟧</div>
<div class="ctext">
{BODY}
</div>
<div class="chapnav">⟦l 上一篇　目录　下一篇⟧</div>
<div class="set">⟦a 阅读设置：夜间 护眼 字体+ 字体-⟧</div>
<footer>⟦d 本文集内容版权属作者所有⟧</footer>
</body></html>
""",
        body="""
父亲这辈子最舍不得的，是屋后那片石榴园。
每年开春，他都要蹲在树下，一棵一棵地剪枝。五月花开，满坡通红，他会背着手在园子里走上好几圈。
秋天石榴裂口了，他挑最大的几个留给我们，剩下的挑到镇上去卖。
如今父亲走了，石榴树还在，每年照样开花结果。
""",
    ),
]
