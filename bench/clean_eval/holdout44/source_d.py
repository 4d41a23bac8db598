"""holdout44, part D. Invented text (sites, counties, people, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-restorer-diary-tagcloud-html",
        site="纸寿千年 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="html",
        source="https://zhishou1000.blogweb.cn/post/2025/04/repair-notes.html",
        title="修复一部清代县志的四十天",
        record_title=None,
        date="2025-04-27",
        notes="blog with tag cloud, archive, comment box; bracketed post time is the page's date; title missing from the record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>修复一部清代县志的四十天 - 纸寿千年 - 博客网</title></head><body>
<div class="blog-head"><h2>⟦m 纸寿千年⟧</h2><p>⟦m 一个古籍修复师的工作台⟧</p></div>
<div class="blog-nav">⟦m 首页 · 修复手记 · 纸张笔记 · 关于我⟧</div>
<div class="post"><h1>{T}</h1><div class="ptime">⟦m [2025-04-27 22:41]⟧ ⟦m 分类：修复手记⟧</div>
{BODY}
<div class="ptail">⟦m 阅读(512) | 评论(6) | 转载(1)⟧</div>
<div class="comment">⟦l 发表评论：昵称　内容　提交⟧</div></div>
<div class="side"><h4>⟦l 标签云⟧</h4><p>⟦l 古籍 修复 宣纸 县志 浆糊 托裱⟧</p><h4>⟦l 文章存档⟧</h4><p>⟦l 2025年04月 (3)⟧</p><p>⟦l 2025年03月 (5)⟧</p></div>
<div class="foot">⟦m Powered by 博客网 blogweb.cn⟧</div>
</body></html>
""",
        body="""
这部道光年间的《檀垭县志》送来时，书页粘连成块，虫蛀严重。
头十天，我只做一件事：揭页。用蒸汽一点点把书页润开，一天最多揭二十页。
补纸用的是本地竹纸，颜色要比原纸略浅，这是修复的规矩——修过的地方要让后人看得出来。
四十天后，十二册县志重新可以翻阅了。
""",
    ),
    dict(
        slug="wechat-tide-station-science-html",
        site="汐湾自然资源公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="html",
        source="https://wx.archive-mp.com/a/xwzrzy/20250822",
        title="潮位站是怎样“量”大海的？",
        record_title="潮位站是怎样“量”大海的？",
        date="2025-08-22",
        notes="WeChat mirror: account line with date and place, 'original' tag, follow prompt glued after the last paragraph, 赞/在看 row",
        page="""
<html><head><meta charset="utf-8"><title>潮位站是怎样“量”大海的？</title></head><body>
<div id="js_content_top">⟦m 原创　汐湾自然资源　汐湾自然资源　2025年08月22日 17:45　浙江⟧</div>
<h2 class="rich_media_title">{T}</h2>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦m 来源：县海洋与渔业服务中心⟧<br>⟦m 审核：潘海潮⟧</div>
<div class="like">⟦l 赞 17　分享　推荐 5⟧</div>
<div class="mirror">⟦d 本页为公众号文章存档镜像⟧</div>
</body></html>
""",
        p_html='<p style="text-align:justify;"><span>{}</span></p>',
        body="""
在汐湾港东侧，有一座不起眼的小房子，它就是汐湾潮位站。
房子下面连着一口验潮井，井底通海，海水涨落时井里的水位跟着变化，浮子和仪器就把这个变化记录下来。
这些数据每分钟传一次，是发布风暴潮预警的重要依据。⟦a 点击上方蓝字关注我们⟧
""",
    ),
    dict(
        slug="docshare-troupe-annual-summary",
        site="文享网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenxiang.net/doc/20250113/8812740.html",
        title="汐湾县杂技团2024年工作总结",
        record_title="汐湾县杂技团2024年工作总结（通用2篇）_文享网",
        date="2025-01-13",
        notes="sharing site: title repeated and glued to the first sentence; upload stamp; 成文日期",
        page="""
!m 文享网 — 让知识流动起来
!m 分类：总结报告 / 年终总结
!t 汐湾县杂技团2024年工作总结（通用2篇）
!m 贡献者 海鸥团长　上传于 2025-01-20　浏览 988
!a 全文阅读已结束，下载本文档可离线查看 ↓
{T}{BODY}
!a 下载文档　　收藏　　分享到微信
!d 如本文档侵犯了您的权益，请联系 jubao@wenxiang.net
""",
        body="""
2024年，县杂技团全年演出156场，其中送戏下乡112场，观众达9.6万人次。
新排杂技节目《渔灯》《竹韵》两个，其中《渔灯》入选省级展演。
全团无一起演出安全事故，完成了年初确定的各项目标。
2025年，我们将继续办好杂技艺术学校，培养后备演员。
汐湾县杂技团
2025年1月13日
""",
    ),
    dict(
        slug="edu-cocoon-field-study-notice",
        site="柘坪县教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zpedu.cn/jyxw/2025/0509/2217.html",
        title="关于组织学生赴柘坪茧站开展劳动教育实践的通知",
        record_title="关于组织学生赴柘坪茧站开展劳动教育实践的通知_通知公告_柘坪县教育网",
        date="2025-05-09",
        notes="education portal: attachment download line is chrome (site), the notice's own 附件 list kept; Chinese numerals for the 成文日期",
        page="""
!m 柘坪县教育网
!m 当前位置：首页 → 通知公告
{T}
!m 文章来源：县教育局基教科　作者：佚名　更新：2025年05月09日
!a 【大 中 小】【我要打印】【关闭】
{BODY}
!a 附件下载：劳动教育实践安排表.xlsx（点击下载）
!l 上一篇：关于开展2025年“护苗”行动的通知
!l 下一篇：柘坪县中小学暑假放假安排
!m 柘坪县教育局主办　技术维护：县电教馆
""",
        indent="\u3000\u3000",
        body="""
各中小学：
为深化劳动教育，县教育局定于5月下旬组织部分学生到柘坪茧站参观蚕茧收购、烘茧全过程。
请各校按附件1做好学生分组，安全员全程随队。
附件：1.劳动教育实践安排表
2.安全告知书
柘坪县教育局
二〇二五年五月九日
""",
    ),
    dict(
        slug="intranet-radar-maintenance-view-html",
        site="柘溪气象局内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://10.33.2.8/oa/gw/view.do?docid=2025-0614",
        title="关于雷达站6月停机维护的通知",
        record_title="关于雷达站6月停机维护的通知",
        date="2025-06-09",
        notes="intranet document view with 流转记录, read counts and watermarks",
        page="""
<html><head><meta charset="utf-8"><title>公文查看</title></head><body>
<div class="sys">⟦m 柘溪县气象局 协同办公系统 V3.2⟧ ⟦m 当前用户：韩立川⟧ ⟦a 退出⟧</div>
<div class="tab">⟦m 待办(3)　已办　收文　发文　通知公告⟧</div>
<div class="docview"><div class="docno">柘气发〔2025〕21号</div>
<h2>{T}</h2>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-06-09 08:40 办公室 登记⟧</p><p>⟦l 2025-06-09 10:12 局长 签发⟧</p></div>
<div class="read">⟦m 已阅 27 人　未阅 4 人⟧</div>
<div class="wm">⟦d 内部文件 注意保密⟧</div>
</body></html>
""",
        body="""
局属各单位：
根据年度维护计划，柘溪天气雷达站定于6月16日8时至18时停机维护，期间雷达产品暂停更新。
停机期间，预报服务调用邻近雷达资料拼图，各单位要做好解释工作。
柘溪县气象局
2025年6月9日
""",
    ),
    dict(
        slug="qa-instrument-export-answer",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.zhiliao-wenda.com/q/88123410",
        title="二胡出口需要办理哪些手续？蟒皮有没有限制？",
        record_title="二胡出口需要办理哪些手续？蟒皮有没有限制？求懂行的人解答",
        date="2025-03-20",
        notes="Q&A: question title with a plea as the record title; 发布于 line; votes and follow prompts",
        page="""
!m 知了问答 · 问题详情
{T}
!m 笙岭小施 提问 · 12 个关注 · 3 个回答
!a ＋关注问题　　写回答　　邀请
!m 笙岭老匠人　已认证：乐器制作从业者　发布于 2025-03-20
{BODY}
!a 赞同 41　　反对　　收藏　　举报
!l 查看全部 3 个回答 ∨
!m 知了问答 · 京ICP证091273号
""",
        body="""
二胡出口除了常规的报关手续外，关键是琴筒上的蟒皮。
蟒皮属于受管控的野生动植物制品，出口前需要办理允许进出口证明书，并提供人工养殖来源证明。
如果怕麻烦，可以选用仿蟒皮或人工膜，这类产品不需要上述证明。
""",
    ),
    dict(
        slug="collection-troupe-founder-speech",
        site="俞氏文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yushi-wencun.cn/wz/118.html",
        title="在汐湾县杂技团建团四十周年纪念会上的讲话",
        record_title="旧稿·在汐湾县杂技团建团四十周年纪念会上的讲话",
        date="2019-10-12",
        notes="retired founder's collection; date under the speech title in Chinese numerals; speaker line neutral",
        page="""
!m 俞氏文存　|　一位老团长的文字
!m 文章 · 照片 · 年表
{T}
老团长　俞长庚
（二〇一九年十月十二日）
{BODY}
!m 录入时间：2025-02-03　　阅读：61
!l ← 上一篇：我的第一次下乡演出　　下一篇：给新学员的一封信 →
""",
        body="""
同志们、老伙计们：
四十年前，我们十几个人，一辆卡车，几箱道具，就在晒谷场上搭起了台子。
今天，团里有了排练厅，有了学校，有了走出省的好节目。
我想对年轻演员说：台上一分钟，台下十年功，这句话什么时候都不过时。
""",
    ),
    dict(
        slug="party-cocoon-station-branch-news-html",
        site="柘坪先锋网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.zpxianfeng.cn/dyfc/2025/0605/4418.html",
        title="茧站党员先锋岗 守好蚕农“钱袋子”",
        record_title="茧站党员先锋岗 守好蚕农“钱袋子”_党员风采_柘坪先锋网",
        date="2025-06-05",
        notes="Party portal news: study float, photo caption between paragraphs, author line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>茧站党员先锋岗 守好蚕农“钱袋子”_党员风采_柘坪先锋网</title></head><body>
<div class="top">⟦m 柘坪先锋网⟧ ⟦m 中共柘坪县委组织部⟧</div>
<div class="menu">⟦m 首页｜组工动态｜党员风采｜基层党建｜人才工作⟧</div>
<div class="study">⟦a 本文可计入学习时长，请阅读满3分钟⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-05 16:02　来源：柘坪镇党委⟧</div>
{BODY}
<div class="ft">⟦m 主办：中共柘坪县委组织部　电话：0572-56011208⟧</div>
</body></html>
""",
        body="""
春茧收购期间，柘坪茧站设立3个党员先锋岗，党员评茧员公开承诺“不压级、不压价”。
⟦m 图为党员评茧员向蚕农讲解评茧标准⟧
收购期间，茧站共收购春茧412吨，兑付茧款2680万元，没有一起价格投诉。⟦m （通讯员 沈沐）⟧
""",
    ),
    dict(
        slug="hospital-snake-free-acrobat-checkup",
        site="汐湾县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xwzyy.cn/yyxw/2025/0311/812.html",
        title="我院为县杂技团演员开展运动损伤义诊",
        record_title="我院为县杂技团演员开展运动损伤义诊-医院新闻-汐湾县中医院",
        date="2025-03-11",
        notes="hospital news: appointment line and 24-hour line in chrome; a patient-registration prompt glued after a sentence",
        page="""
!m 汐湾县中医院　厚德　精诚
!m 首页 > 新闻中心 > 医院新闻
{T}
!m 时间：2025-03-11　点击：215　来源：推拿科
{BODY}
!a 【返回列表】
!m 24小时急诊电话：0576-87025120　预约挂号请拨：0576-87025000
!m 医院地址：汐湾县城南路5号
""",
        body="""
3月10日，我院推拿科、骨伤科专家走进县杂技团排练厅，为40余名演员开展运动损伤义诊。
专家针对腰肌劳损、踝关节扭伤等常见问题进行了手法治疗，并现场指导演员做好训练前热身。⟦a 关注医院服务号，在线建档免排队⟧
推拿科将每月到杂技团开展一次健康随访。
""",
    ),
    dict(
        slug="university-music-college-instrument-news-html",
        site="潮屿艺术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cyart.edu.cn/info/1021/5609.htm",
        title="我院与笙岭民族乐器厂共建实践教学基地",
        record_title="我院与笙岭民族乐器厂共建实践教学基地-潮屿艺术学院",
        date="2025-10-15",
        notes="university news: campus nav, quick links, author/photo/editor lines at the end",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院与笙岭民族乐器厂共建实践教学基地-潮屿艺术学院</title></head><body>
<div class="top">⟦m 潮屿艺术学院⟧ ⟦m 信息门户｜图书馆｜校友会｜English⟧</div>
<div class="nav">⟦m 学院概况　院系设置　教育教学　招生就业　合作交流⟧</div>
<div class="loc">⟦m 当前位置：首页 > 学院新闻⟧</div>
<h2>{T}</h2>
<div class="time">⟦m 发布时间：2025-10-15　浏览次数：389⟧</div>
{BODY}
<div class="edit">⟦m 文字：周霁　图片：宣传部　编辑：钱晨　审核：许知远⟧</div>
<div class="quick">⟦l 快速链接：校历 | 办公电话 | 信息公开⟧</div>
<div class="foot">⟦m 地址：潮屿市学府路21号　邮编：316000⟧</div>
</body></html>
""",
        body="""
10月14日，我院音乐系与笙岭民族乐器厂实践教学基地揭牌仪式在乐器厂举行。
根据协议，音乐系学生每学期可到乐器厂参加制琴、调音实践，乐器厂技师将到校开设选修课。
双方还将合作开展民族乐器声学测试研究。
""",
    ),
    dict(
        slug="localforum-vermicelli-festival-junk",
        site="蕨塘论坛 (invented)",
        style="地方论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="http://bbs.juetang.net/thread-12209-1-1.html",
        title="第三届蕨塘粉丝文化节活动方案",
        record_title="第三届蕨塘粉丝文化节活动方案（附活动日程）",
        date="2025-11-20",
        notes="town forum repost with junk; schedule table; 发布于 and the plan's date differ (plan's date expected, post date also accepted)",
        page="""
!m 蕨塘论坛 » 蕨塘热点 » 帖子详情
!m 粉丝妹　发布于 2025-11-22 08:03
{T}
{BODY}
!l 相关帖子：去年粉丝节现场图集 ｜ 蕨塘哪家粉丝最好吃
!a 我也说两句（需登录）
!m 蕨塘论坛 湘ICP备18042207号
""",
        date_also=["2025-11-22"],
        junk=dict(lines=1, glued=1),
        body="""
为展示蕨塘红薯粉丝传统技艺，镇里决定举办第三届粉丝文化节。
时间　活动
12月6日上午　开幕式和手工漏粉表演
12月6日下午　粉丝美食品鉴
活动期间，欢迎大家把现场照片分享到镇文化站，优秀作品将在文化墙展出。
蕨塘镇人民政府
2025年11月20日
""",
    ),
    dict(
        slug="download-station-lighthouse-log-template",
        site="无忧资料库 (invented)",
        style="资料下载站",
        genre="表格模板",
        kind="other",
        form="text",
        source="http://www.wuyou-zlk.com/d/55810.html",
        title="灯塔值班日志填写说明",
        record_title="灯塔值班日志填写说明（可直接使用）",
        date=None,
        notes="download station text page: file info lines, mirrors, unzip password; template placeholders; no date",
        page="""
!m 无忧资料库 >> 表格模板 >> 值班记录
{T}
!m 文件大小：18KB　文件格式：doc　更新日期：2025-07-30
!m 下载次数：1260　资料评分：4.2
!a 本地下载一　　本地下载二　　备用下载
!a 解压码：wyzlk
{BODY}
!a 下载不了？点此报错
!d 资料来源于网络，版权归原作者，仅供学习使用。
""",
        body="""
一、值班员每次接班后先核对灯器工作状态，在“灯器状态”栏填写正常或异常。
二、风力、能见度每4小时记录一次。
三、日志末尾由值班员签名，格式为：值班员××，××××年××月××日。
""",
    ),
]
