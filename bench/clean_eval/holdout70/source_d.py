"""holdout70, part D: dough figurines (面塑) workshops. Invented text; see ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-miansu-post-html-jammer",
        site="手艺人家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.shouyirenjia.net/thread-20871-1-1.html",
        title="学面塑三个月，说说和面的门道",
        record_title="学面塑三个月，说说和面的门道 - 面塑泥塑 - 手艺人家论坛",
        date=None,
        notes="Discuz-like page with jammer fonts; relative post time; no date",
        junk=dict(lines=1, glued=1),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学面塑三个月，说说和面的门道 - 面塑泥塑 - 手艺人家论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 手艺人家论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 民间手艺 › 面塑泥塑⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：面团阿婆　发表于 5天前⟧ ⟦m 查看: 733 | 回复: 21⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：做一个慢慢捏的人⟧</div>
<div class="rate">⟦l 评分　参与人数 4　威望 +8⟧</div>
<div id="ft">⟦m Powered by BBS-Craft 2.6⟧ ⟦m 陕ICP备18077302号⟧</div>
</body></html>
""",
        body="""
退休后跟着社区的老师学面塑，三个月下来，最大的体会是面和得好，作品就成功了一半。
面粉和糯米粉的比例我用的是三比一，加一点盐和甘油，上锅蒸熟后趁热揉光，这样捏出来不裂。
颜色最好用食用色素，揉匀了再分小块，用保鲜膜包好，能放一个星期。
""",
    ),
    dict(
        slug="blog-miansu-teacher-diary",
        site="面香小记 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://mianxiang.blog.cn/2025/03/lantern-festival.html",
        title="元宵节带孩子们捏面灯",
        record_title="【随记】元宵节带孩子们捏面灯 | 面香小记",
        date="2025-02-12",
        notes="blog post bracketed time is the date; tags and archive",
        page="""
!m 面香小记 —— 一个乡村美术老师的手工日志
!t 【随记】元宵节带孩子们捏面灯
!m [2025-02-12 20:41]　分类：课堂　|　评论(2)
{BODY}
!l 标签：面塑　元宵　乡村美术
!l 上一篇：寒假作业里的面人　下一篇：春天的第一节写生课
!l 文章归档：2025年02月(3)　2025年01月(4)
""",
        indent="\u3000\u3000",
        body="""
今天元宵，在学校美术室带六年级的孩子捏面灯。按老家的习俗，面灯要捏成十二生肖的样子，蒸熟后点上灯芯。
孩子们最爱捏小兔子，耳朵总是立不住，我教他们在里面插一截牙签。
蒸好出锅那一刻，美术室里满是麦香，孩子们捧着面灯舍不得吃。
""",
    ),
    dict(
        slug="wechat-miansu-heritage-html",
        site="微文镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.weiwenjx.com/s/mianSu_Tanxi_0605",
        title="檀溪面塑入选市级非遗代表性项目名录",
        record_title=None,
        date="2025-06-05",
        notes="section/span mirror; account date is the page date; follow prompt glued",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>檀溪面塑入选市级非遗代表性项目名录</title></head><body>
<div class="rich_media">
<h2>{T}</h2>
<div class="meta">⟦m 檀溪文旅⟧ <em>⟦m 2025-06-05 18:20⟧</em> ⟦m 发表于湖南⟧</div>
<section>⟦a ↑点击上方“檀溪文旅”关注我们⟧</section>
<section>
{BODY}
</section>
<section>⟦l 往期回顾：檀溪古镇端午活动预告｜非遗传承人走进课堂⟧</section>
<div class="foot">⟦a 分享⟧ ⟦a 收藏⟧ ⟦a 点赞⟧ ⟦a 在看⟧</div>
<div class="mirror">⟦d 本页内容由镜像站自动抓取，版权归原公众号所有⟧</div>
</div></body></html>
""",
        p_html="<p><span>{}</span></p>",
        body="""
近日，市人民政府公布第七批市级非物质文化遗产代表性项目名录，檀溪面塑成功入选。
檀溪面塑已有两百多年历史，以花馍、面人为主要形式，逢年过节、婚嫁寿诞都要用到。
目前县里有面塑传承人12名，其中年龄最大的84岁。
""",
    ),
    dict(
        slug="docshare-miansu-lesson-markers",
        site="稻穗文档网 (invented)",
        style="文档分享",
        genre="教案",
        kind="other",
        form="text",
        source="https://www.daosuidoc.com/d/7701952.html",
        title="小学美术《可爱的面塑小动物》教学设计",
        record_title="小学美术《可爱的面塑小动物》教学设计（可编辑）",
        date=None,
        notes="page markers ＊2＊ glued; upload notice; no date",
        page="""
!m 稻穗文档网　上传 · 分享 · 学习
!m 首页 > 教育专区 > 小学美术
!t 小学美术《可爱的面塑小动物》教学设计（可编辑）
!a 全文共3页　免费预览2页　｜　下载券：1
{BODY}
!d 本文档为用户上传，仅供参考，若侵犯了您的权益，请联系客服处理。
!l 猜你想找：三年级美术彩泥教案｜手工课教学反思
""",
        pages=dict(fmt="＊{n}＊", every=90, start=2, glue=True),
        body="""
一、教学目标：了解面塑的历史，学习搓、捏、压、剪等基本技法，能独立完成一件小动物作品。
二、教学重点：抓住动物的主要特征进行塑造。
三、教学准备：彩色面团、塑料刀、牙签、作品范例。
四、教学过程：欣赏导入，教师示范小刺猬，学生创作，互评展示。
""",
    ),
    dict(
        slug="edu-miansu-notice-html-modern",
        site="楸原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.qiuyuan.gov.cn/tzgg/2025/0414/5501.html",
        title="关于开展面塑进校园展示活动的通知",
        record_title="关于开展面塑进校园展示活动的通知",
        record_date="2025-04-14",
        date="2025-04-14",
        notes="record date; table kept; a sentence on 打印 the form kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>楸原县教育体育局</title></head><body>
<header>⟦m 楸原县教育体育局⟧ ⟦m 办人民满意的教育⟧</header>
<nav>⟦m 首页⟧ ⟦m 教育新闻⟧ ⟦m 通知公告⟧ ⟦m 政策文件⟧ ⟦m 局长信箱⟧</nav>
<h2>{T}</h2>
<div class="meta">⟦m 发布：基础教育股　浏览：142⟧</div>
{BODY}
<div class="pre">⟦l 上一篇：关于做好2025年中考报名工作的通知⟧</div>
<footer>⟦m 楸原县教育体育局 版权所有⟧ ⟦m 技术支持：楸原网信⟧</footer>
</body></html>
""",
        body="""
各中小学：
为传承民间手工艺，县教体局决定在全县开展面塑进校园展示活动。
学段　展示形式　作品数量
小学　现场捏制　每校3件
初中　主题创作　每校5件
请各校打印报名表，加盖公章后于4月25日前报送。
楸原县教育体育局
2025年4月14日
""",
    ),
    dict(
        slug="oa-miansu-report-food-factory",
        site="椿岭食品公司OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.chunling-food.local/flow/doc?id=88213",
        title="关于花馍面塑礼盒试销情况的报告",
        record_title="内网公文-关于花馍面塑礼盒试销情况的报告",
        date="2025-02-24",
        notes="OA chrome; decimal headings kept",
        page="""
!m 椿岭食品有限公司 OA 协同平台
!m 当前：收文办理 > 待阅文件
!t 内网公文-关于花馍面塑礼盒试销情况的报告
!m 来文单位：市场部　｜　紧急程度：平件　｜　阅读 28
{BODY}
!m 审批意见：同意，请生产部做好扩产准备。——总经理 于2025-02-25
!a 【打印处理单】【退回】【归档】
""",
        body="""
公司领导：
春节期间，市场部在县城三家门店试销花馍面塑礼盒，现将情况报告如下。
1.1 销售情况：共售出礼盒1860盒，销售额22.3万元。
1.2 顾客反馈：造型好看，但保质期短，外地顾客不便邮寄。
2.1 下一步建议：改进包装工艺，延长保质期至十天。
市场部
2025年2月24日
""",
    ),
    dict(
        slug="collection-miansu-grandma-html",
        site="榆荫杂记 (invented)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="html",
        source="http://yuyin-zaji.net/juan2/41.html",
        title="外婆的面花",
        record_title="《榆荫杂记》卷二·第41篇｜外婆的面花",
        date=None,
        notes="collection chapter page; prev/next; no date",
        page="""
<html><head><meta charset="utf-8"><title>《榆荫杂记》卷二·第41篇｜外婆的面花</title></head><body>
<div class="top">⟦m 榆荫杂记⟧ ⟦m 一个人的文字小院⟧</div>
<div class="nav">⟦l 上一篇：麦收时节⟧ ⟦l 目录⟧ ⟦l 下一篇：老屋的灶台⟧</div>
<h3>{T}</h3>
{BODY}
<div class="nav">⟦l 上一篇：麦收时节⟧ ⟦l 下一篇：老屋的灶台⟧</div>
<div class="ft">⟦d 本站文字均为作者原创，转载请注明⟧</div>
</body></html>
""",
        body="""
小时候过年，外婆总要蒸一锅面花。她的手很巧，一团白面在她手里转几圈，就成了鱼、成了鸟、成了胖乎乎的娃娃。
她用剪刀剪出鱼鳞，用红豆按上眼睛，蒸出来的面鱼鼓着肚子，像要从笼屉里游出去。
外婆走了多年，我也学着捏过，总捏不出她的样子。
""",
    ),
    dict(
        slug="dangjian-miansu-summary-branch",
        site="柘水机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.zheshui.gov.cn/jczz/2025/0108/3312.html",
        title="县文化馆党支部2024年党建工作总结",
        record_title="县文化馆党支部2024年党建工作总结",
        date="2025-01-08",
        notes="成文日期 at end; scan prompt chrome glued to a line",
        page="""
!m 柘水机关党建网
!m 首页 >> 基层组织 >> 支部风采
{T}
!m 时间：2025-01-10　来源：县文化馆党支部　编辑：苏沁
{BODY}
!a 【扫码在手机上阅读】　【打印】
!l 相关阅读：县图书馆党支部创建“书香支部”经验
""",
        date_also=["2025-01-10"],
        body="""
2024年，县文化馆党支部坚持党建引领业务，全年开展主题党日12次，组织党员志愿服务30余次。
支部结合面塑等非遗项目打造“指尖上的党课”品牌，党员带头到乡村学校教学。⟦a 【收藏本文】⟧
2025年，支部将继续推进党建与业务融合，争创县级示范党支部。
中共柘水县文化馆支部委员会
2025年1月8日
""",
    ),
    dict(
        slug="hospital-miansu-letter-html",
        site="枞湾市儿童医院 (invented)",
        style="医院官网",
        genre="感谢信",
        kind="other",
        form="html",
        source="https://www.zwetyy.cn/hzzx/gxx/2025/0301/418.html",
        title="致面塑志愿者的一封感谢信",
        record_title="致面塑志愿者的一封感谢信-患者之声-枞湾市儿童医院",
        date="2025-02-28",
        notes="hospital page; float consult box; a department phone kept next to a hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>致面塑志愿者的一封感谢信-患者之声-枞湾市儿童医院</title></head><body>
<div class="hd">⟦m 枞湾市儿童医院⟧ ⟦m 三级甲等儿童专科医院⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 就医指南⟧ ⟦m 科室导航⟧ ⟦m 患者之声⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-03-01　作者：血液科⟧</div>
{BODY}
<div class="float">⟦w 在线客服　预约专线：0731-8880120⟧</div>
<div class="ft">⟦m 地址：枞湾市育英路20号⟧ ⟦m 湘ICP备13001204号⟧</div>
</body></html>
""",
        date_also=["2025-03-01"],
        body="""
尊敬的面塑志愿者团队：
春节前后，你们五次来到血液科病房，为住院的孩子们捏面人，教他们做小老虎。
孩子们说，这是他们过得最开心的一个年。在此，我们向你们致以诚挚的感谢！
血液科护士站电话：0731-8880436，欢迎志愿者再来。
枞湾市儿童医院血液科
2025年2月28日
""",
    ),
    dict(
        slug="university-miansu-news-text",
        site="桦口职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hkzy.edu.cn/xwzx/xydt/2025/0521/9921.html",
        title="我院面塑工作室作品亮相全省职教成果展",
        record_title="我院面塑工作室作品亮相全省职教成果展-桦口职业技术学院",
        date="2025-05-21",
        notes="college news; 审核 line glued after last paragraph",
        page="""
!m 桦口职业技术学院　新闻网
!m 学院首页　学院新闻　媒体桦职　专题报道
{T}
!m 作者：宣传部　时间：2025-05-21　点击：[315]
{BODY}
!l 上一条：学院举行2025届毕业生双选会
!m 地址：桦口市职教园区1号　邮编：416000
""",
        body="""
5月18日至20日，全省职业教育成果展在省会举行，我院烹饪工艺与营养专业面塑工作室的12件作品参展。
其中，《百鸟朝凤》花馍组合受到观众好评，被省职教学会收藏。⟦m （审核：伍云山）⟧
""",
    ),
    dict(
        slug="localforum-miansu-fair-notice-html",
        site="楝原在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.lianyuan.cc/thread-77120-1-1.html",
        title="楝原镇二月二面塑庙会摊位安排通知",
        record_title="[转帖] 楝原镇二月二面塑庙会摊位安排通知 - 楝原杂谈 - 楝原在线",
        date="2025-02-25",
        date_also=["2025-02-26"],
        notes="county-forum old table layout; shop signature; table kept",
        page="""
<html><head><meta charset="gb2312"><title>[转帖] 楝原镇二月二面塑庙会摊位安排通知 - 楝原杂谈 - 楝原在线</title></head><body>
<table><tr><td>⟦m 楝原在线 — 楝原人自己的网上家园⟧</td></tr></table>
<table><tr><td>⟦m 楝原在线 » 楝原杂谈⟧</td></tr></table>
<table><tr><td width="150">⟦m 楼主：镇上跑腿哥⟧<br>⟦m 帖子 2231⟧</td><td>
<h2>{T}</h2>
<div>⟦m 发表于 2025-2-26 08:12⟧</div>
{BODY}
<div class="sig">⟦w 本人常年承接家电维修，电话13907391122⟧</div>
</td></tr></table>
<table><tr><td>⟦a 回复⟧ ⟦a 引用⟧ ⟦a 举报⟧</td></tr></table>
</body></html>
""",
        body="""
各摊主：
二月二面塑庙会定于3月1日在镇老街举行，摊位安排如下。
区域　摊位号　类别
东街　1-20号　面塑、花馍
西街　21-40号　小吃、农副产品
请摊主于2月28日下午到镇文化站领取摊位证。
楝原镇人民政府
2025年2月25日
""",
    ),
    dict(
        slug="download-miansu-pledge-text",
        site="资料宝下载 (invented)",
        style="资料下载站",
        genre="承诺书",
        kind="other",
        form="text",
        source="http://www.ziliaobao.cc/down/cns/2025/6612.html",
        title="面塑食品摊位食品安全承诺书",
        record_title="面塑食品摊位食品安全承诺书.doc",
        date=None,
        notes="file-name title; blank placeholders kept; no date",
        page="""
!m 资料宝下载 · 文档频道
!m 文件名称：面塑食品摊位食品安全承诺书.doc　文件大小：18KB　授权：免费
!a ↓ 本地下载　　↓ 备用下载
{T}
{BODY}
!a 下载遇到问题？点击反馈
!d 本站资源仅供学习参考，请于下载后24小时内删除
""",
        body="""
本人自愿遵守以下承诺：
一、使用的面粉、色素等原料来源合法，保留进货凭证。
二、蒸制用具保持清洁，作品现做现售，不售卖隔夜产品。
三、接受市场监管部门的监督检查。
承诺人：________　联系电话：________
年　月　日
""",
    ),
    dict(
        slug="exam-miansu-notice-html",
        site="檀溪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.tanxi.gov.cn/ksgg/2025/0610/330.html",
        title="2025年面塑工职业技能等级认定考试公告",
        record_title="【考务公告】2025年面塑工职业技能等级认定考试公告",
        date="2025-06-10",
        notes="exam site; a sentence on 下载 the admission ticket kept; 咨询电话 beside a tech line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>檀溪人事考试网</title></head><body>
<div class="hd">⟦m 檀溪人事考试网⟧</div><div class="nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-06-10　阅读：688⟧</div>
{BODY}
<div class="help">⟦w 系统操作问题请拨：0736-7226688⟧</div>
<div class="ft">⟦m 主办：檀溪县人力资源和社会保障局⟧</div>
</body></html>
""",
        body="""
一、报名时间：2025年6月16日至6月25日。
二、考试时间：2025年7月12日，理论知识和操作技能同日进行。
三、考生请于7月8日起登录本网站下载并打印准考证。
咨询电话：0736-7226150
檀溪县职业技能鉴定所
2025年6月10日
""",
    ),
]
