"""holdout161, part B. Invented text (sites, places, people, numbers)."""

CASES = [
    dict(
        slug="blog-html-cane-maker-workshop",
        site="老木匠的杖作坊 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://zhangzuofang.example.blog/post/318",
        title="给父亲做一根枣木拐杖",
        record_title=None,
        date="2025-04-05",
        notes="HTML blog: tag cloud, archive, comment form; no record title; 发布于 byline is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>老木匠的杖作坊</title><script src="/theme/main.js"></script></head><body>
<header><h2>⟦m 老木匠的杖作坊⟧</h2><p>⟦m 手作一根杖，扶稳一段路⟧</p></header>
<nav>⟦m 首页　手作记录　工具　留言板⟧</nav>
<article><h1>⟦t 给父亲做一根枣木拐杖⟧</h1>
<p class="meta">⟦m 发布于 2025年4月5日 · 分类：手作记录 · 1,032 次浏览⟧</p>
{BODY}
<p class="tags">⟦l 标签：拐杖 枣木 手作⟧</p>
</article>
<section class="comments"><h3>⟦l 8 条评论⟧</h3><p>⟦l 路过的阿青：看得眼眶一热。⟧</p><form>⟦l 留下你的评论　提交⟧</form></section>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 榆木 打磨 桐油 老人用品 防滑⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年4月（2）　2025年3月（4）⟧</p></aside>
<footer>⟦d © 2025 老木匠的杖作坊 · 文字与图片未经允许请勿转用⟧</footer>
</body></html>
""",
        body="""
父亲今年七十九岁，去年冬天在院子里滑了一跤，从那以后出门总要扶着墙。我决定亲手给他做一根拐杖。
选料用的是老家院里那棵枣树锯下来的枝干，阴干了整整两年，木质紧实，分量也压手。
最费工夫的是手柄。我按父亲握拳的大小反复削了三次，再用砂纸从八十目一路磨到六百目，最后擦了三遍桐油。
杖底我装了一个橡胶防滑头，雨天走在青石板上也不打滑。
清明回家，父亲拄着它在村口走了一圈，逢人就说这是儿子做的。
""",
    ),
    dict(
        slug="wechat-mirror-rosemary-coop-html",
        site="鹪溪乡村振兴 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.mirror-read.example.com/s/jiaoxi_xczx/8f2ac1",
        title="一株迷迭香，香了一个村",
        record_title="一株迷迭香，香了一个村",
        date="2025-06-23",
        notes="WeChat mirror: account line with date, 阅读原文/在看, follow prompt glued after last sentence; the document's own 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一株迷迭香，香了一个村</title></head><body>
<div class="mirror-top">⟦m 微读镜像站 · 公众号文章存档⟧</div>
<h1 class="rich_media_title">⟦t 一株迷迭香，香了一个村⟧</h1>
<div class="rich_media_meta">⟦m 原创　鹪溪乡村振兴　2025-06-23 18:06　发表于浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦l 阅读 2641⟧ ⟦l 赞 57⟧ ⟦l 在看 19⟧</div>
<div class="qr">⟦a 长按识别二维码，关注鹪溪乡村振兴⟧</div>
<div class="mirror-foot">⟦d 本站仅做公众号文章存档，内容版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
初夏时节，走进鹪溪乡下坝村，一阵清冽的香气扑面而来，山坡上三百多亩迷迭香正迎来第二茬采收。
三年前，这里还是一片撂荒的坡地。村党支部书记邹长河带着村民外出考察后，决定试种耐旱、少病虫害的迷迭香。
如今，村里成立了香草种植专业合作社，鲜叶由县里的精油企业保底收购，去年合作社分红四十二万元。
想来下坝村看花海、体验采摘的朋友，可以扫描文末二维码预约，合作社每周六安排专人讲解。⟦a 点击下方关注，获取更多乡村好物⟧
""",
    ),
    dict(
        slug="wechat-text-checkers-school-oneline",
        site="鹩阳教育 公众号转载 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.wxzaixian.example.com/a/liaoyang-jy/20251114",
        title="小小棋盘里的大课堂",
        record_title="小小棋盘里的大课堂 | 鹩阳教育",
        date="2025-11-14",
        notes="WeChat copy with the whole body on one line; account line date; 预览时标签不可点 and 写留言",
        oneline=True,
        indent="　　",
        page="""
!m 鹩阳教育
!t 小小棋盘里的大课堂
!m 鹩阳教育　2025年11月14日 07:30
{BODY}
!l 预览时标签不可点
!l 收录于合集 #课后服务 12个
!l 写留言
!a 微信扫一扫关注该公众号
""",
        body="""
这学期，鹩阳县第二实验小学把跳棋搬进了课后服务，每周三下午，六个年级的两百多名学生在操场旁的连廊里摆开棋局。
负责社团的数学老师许丹说，跳棋看起来简单，其实需要孩子们提前规划路线、学会“搭桥”，对空间想象很有帮助。
学校还请来了县棋类协会的志愿者，每月开展一次师生对弈，期末将举办校园跳棋节。
""",
    ),
    dict(
        slug="docshare-handkerchief-history-wrapped",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.gongxiangdoc.example.com/p-7731905.html",
        title="鸸口镇手帕产业发展情况调研报告",
        record_title="鸸口镇手帕产业发展情况调研报告.pdf",
        date="2025-07-28",
        notes="file-name title; hard-wrapped at 62 columns with indents; upload stamp is no date; the document's date under signature",
        wrap=62,
        indent="　　",
        page="""
!m 共享文档站 - 文档免费分享平台
!m 首页 > 调研报告 > 经济产业
!m 上传者：wxd_2017　上传时间：2025-08-02　下载积分：5
{T}
{BODY}
!a 下载本文档（PDF，共4页）
!a 收藏　举报
!d 本站所有文档均由用户上传，仅供交流学习；如涉及侵权，请发送邮件至平台，我们将及时删除。
!l 猜你喜欢：乡镇特色产业调研报告汇编
""",
        body="""
鸸口镇是全省有名的手帕生产基地，全镇现有手帕及方巾生产企业一百二十七家，从业人员四千余人，年产各类手帕约两亿条。
一、基本情况。全镇手帕产业起步于上世纪八十年代，以家庭作坊为主，近年来逐步形成织造、印染、锁边、包装的完整链条，产品销往东南亚和中东地区。
二、存在问题。一是企业规模小，年产值超过两千万元的仅有九家；二是设计能力弱，多数企业依靠来样加工；三是纸巾普及后国内市场萎缩明显。
三、对策建议。建议镇里牵头建设手帕设计共享中心，引导企业开发礼品、文创手帕，同时组织企业抱团参加境外展会。
鸸口镇人民政府调研组
2025年7月28日
""",
    ),
    dict(
        slug="docshare-html-tap-dance-course-outline",
        site="讲义共享网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jiangyigx.example.net/doc/tap-intro-2025.html",
        title="少儿踢踏舞启蒙课程教学大纲",
        record_title="少儿踢踏舞启蒙课程教学大纲（可编辑）",
        date=None,
        notes="document-sharing reader; decorated title; numbered list kept; no date (upload stamp only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>少儿踢踏舞启蒙课程教学大纲（可编辑）-讲义共享网</title></head><body>
<div class="hdr">⟦m 讲义共享网⟧ ⟦a 上传文档⟧ ⟦a 会员中心⟧</div>
<div class="path">⟦m 首页 / 教育培训 / 艺术培训⟧</div>
<h1>⟦t 少儿踢踏舞启蒙课程教学大纲（可编辑）⟧</h1>
<p class="info">⟦m 分享者：舞蹈小鹿　上传于 2025-09-03　阅读 488　下载 61⟧</p>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 免费下载此文档⟧ ⟦a 复制链接⟧</div>
<div class="rel"><b>⟦l 相关讲义⟧</b><ul><li>⟦l 爵士舞基础教案（12课时）⟧</li><li>⟦l 少儿拉丁舞考级要求⟧</li></ul></div>
<div class="ft">⟦d 文档内容由分享者上传，仅代表其个人观点⟧ ⟦m 苏ICP备20088317号⟧</div>
</body></html>
""",
        body="""
一、课程对象：五至八岁零基础儿童，每班不超过十二人。
二、课程目标：认识踢踏鞋和节拍，掌握脚尖点地、脚跟落地、拖步等基本动作，能跟随音乐完成简单组合。
三、课时安排：共十六课时，每课时四十五分钟，每周一次。
四、教学内容：
1.第一至四课时，学习站姿、重心转换和四拍节奏。
2.第五至十课时，学习单音、双音和拖步，练习左右脚交替。
3.第十一至十六课时，编排一支一分钟的小组合，结课时进行汇报展示。
五、注意事项：课前充分热身，木地板需保持干燥，防止滑倒。
""",
    ),
    dict(
        slug="edu-portal-checkers-league-table-html",
        site="鸲坪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.quping.example.gov.cn/tzgg/2025/1009/2271.html",
        title="关于举办鸲坪区第五届中小学生跳棋联赛的通知",
        record_title="关于举办鸲坪区第五届中小学生跳棋联赛的通知",
        date="2025-10-09",
        notes="education bureau; a schedule table one row a paragraph; contact line beside the site's office phone; the document's 下载 sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办鸲坪区第五届中小学生跳棋联赛的通知-鸲坪区教育局</title></head><body>
<div class="head">⟦m 鸲坪区教育局　立德树人 办人民满意教育⟧</div>
<ul class="nav"><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="crumbs">⟦m 位置：首页 > 通知公告⟧</div>
<h2>⟦t 关于举办鸲坪区第五届中小学生跳棋联赛的通知⟧</h2>
<div class="attr">⟦m 发布：体卫艺科　时间：2025-10-09　点击：905⟧</div>
{BODY}
<div class="opt">⟦a 打印此页⟧ ⟦a 关闭⟧</div>
<div class="bottom">⟦m 局办公室电话：0591-63102855⟧　⟦m 闽ICP备12007614号-2⟧</div>
</body></html>
""",
        body="""
各中小学校：
为丰富校园文化生活，经研究，决定举办鸲坪区第五届中小学生跳棋联赛，现将有关事项通知如下。
一、比赛安排
组别　日期　地点
小学低年级组　11月8日上午　区青少年活动中心
小学高年级组　11月8日下午　区青少年活动中心
初中组　11月9日上午　鸲坪第一中学
二、报名办法
各校于10月25日前登录区教育局网站下载报名表，填写后发送至指定邮箱，每校每组限报四人。
联系人：区教育局体卫艺科　梁卓，电话：0591-63108214。
鸲坪区教育局
2025年10月9日
""",
    ),
    dict(
        slug="edu-text-tap-dance-school-club-summary",
        site="鹛湖县教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.meihuedu.example.cn/xydt/2025/0120/1893.html",
        title="鹛湖县城南小学踢踏舞社团2024年工作总结",
        record_title="鹛湖县城南小学踢踏舞社团2024年工作总结 - 校园动态 - 鹛湖县教育信息网",
        date="2025-01-18",
        date_also=["2025-01-20"],
        notes="education site; byline date differs from the 成文日期 (both accepted, document expected)",
        page="""
!m 鹛湖县教育信息网
!m 网站首页 → 校园动态
{T}
!m 作者：城南小学　发布日期：2025-01-20　阅读：611
{BODY}
!l 上一条：城北中学开展冬季安全教育
!l 下一条：县实验幼儿园举行新年亲子运动会
!m Copyright 鹛湖县教育局 技术支持：鹛湖网络中心
""",
        body="""
2024年，学校踢踏舞社团在校领导的支持下，坚持每周两次训练，全年共开展活动七十二次。
社团现有成员三十四人，其中新招收三年级学生十二人，队伍结构更加合理。
一年来，社团参加了县中小学艺术展演，原创节目《雨巷》获得一等奖；在学校元旦晚会上集体表演，受到师生好评。
社团也存在训练场地紧张、男生参与少等问题，新学期将与体育组协调，增加一间训练室。
城南小学踢踏舞社团
2025年1月18日
""",
    ),
    dict(
        slug="intranet-handkerchief-minutes-html",
        site="锦帕纺织有限公司 OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jinpa-textile.example.local/doc/view.do?id=20251103-07",
        title="2025年第11次生产调度会会议纪要",
        record_title="内部文件-2025年第11次生产调度会会议纪要",
        date="2025-11-03",
        notes="intranet document view with approval trail and read count; minutes' 时间/地点/主持 lines kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部文件-2025年第11次生产调度会会议纪要</title><script src="/oa/js/frame.js"></script></head><body>
<div class="oa-top">⟦m 锦帕协同办公平台⟧ ⟦m 当前用户：质检部 孙蔓⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事项　公文管理　会议管理　通讯录⟧</div>
<h1>⟦t 2025年第11次生产调度会会议纪要⟧</h1>
<div class="doc-meta">⟦m 拟稿：总经办 罗瑞　签发：叶国栋　阅读次数：46⟧</div>
{BODY}
<div class="flow"><b>⟦l 流转记录⟧</b><br>⟦l 2025-11-03 16:20 总经办 罗瑞 提交⟧<br>⟦l 2025-11-03 17:05 叶国栋 签发⟧</div>
<div class="oa-foot">⟦d 内部资料　严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年11月3日14:30
地点：公司三楼会议室
主持：叶国栋
参会：生产部、质检部、销售部、仓储部负责人
记录：罗瑞
会议听取了10月份生产情况汇报，研究了年底订单交付和质量问题，纪要如下。
一、10月份共生产手帕三百一十万条，合格率百分之九十八点六，比上月提高零点四个百分点。
二、中东客户的圣诞礼盒订单须在12月5日前全部出货，生产部要安排锁边车间两班倒。
三、质检部反映部分批次印花色差超标，由生产部会同印染厂在一周内查明原因。
""",
    ),
    dict(
        slug="intranet-cane-factory-quality-decimal",
        site="稳步康复器具公司内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://intra.wenbu-care.example.local/zlgl/2025/q3.html",
        title="2025年第三季度拐杖产品质量分析报告",
        record_title="2025年第三季度拐杖产品质量分析报告",
        date="2025-10-10",
        notes="intranet page; decimal headings 1.1/2.1 and a data table kept; approval trail at the bottom",
        page="""
!m 稳步康复器具有限公司 内部门户
!m 首页 / 质量管理 / 季度报告
{T}
!m 发布部门：质量管理部　发布时间：2025-10-10 09:12　已读 58 人
{BODY}
!l 审批记录：质量部经理 韦强 已审核 → 副总经理 闻慧 已批准
!a 导出PDF　打印
!d 本页内容为公司内部资料，未经许可不得外传。
""",
        body="""
1 总体情况
1.1 三季度共生产各类拐杖八万六千根，出厂检验合格率百分之九十九点二。
1.2 客户投诉十一起，主要集中在伸缩锁扣松动和防滑脚套磨损。
2 主要问题分析
2.1 锁扣松动：供应商更换弹簧材料后，弹力下降，已要求其恢复原材料。
2.2 脚套磨损：新款橡胶配方耐磨性不足，研发部正在重新试验。
产品　产量（根）　合格率
四脚助行杖　21000　99.4%
伸缩单脚杖　52000　99.1%
座椅拐杖　13000　98.9%
3 下季度措施
加强来料检验，对锁扣实行每批抽检，脚套在新配方定型前暂用老配方。
""",
    ),
    dict(
        slug="qa-pigeon-whistle-noise-question",
        site="问问邻里 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenlinli.example.com/question/88120417",
        title="楼上邻居养的鸽子带鸽哨，每天清早吵得睡不着怎么办？",
        record_title=None,
        date="2025-05-30",
        notes="Q&A: a question as title; 回答于 date; the answerer's card; 大家还在问",
        page="""
!m 问问邻里 - 有问题，问邻里
!t 楼上邻居养的鸽子带鸽哨，每天清早吵得睡不着怎么办？
!m 提问者：夜猫子小周　2025-05-29 提问　浏览 1206
!m 最佳回答
!m 社区调解员老秦　回答于 2025-05-30 08:44　已获赞 93
{BODY}
!a 有用(93)　没用(2)　分享　举报
!l 大家还在问
!l 邻居在阳台烧烤油烟大能投诉吗？
!l 楼下广场舞音响太响找谁管？
""",
        body="""
你好，鸽哨是很多老北京人的爱好，但清早五六点放飞确实会影响邻居休息，建议分几步来处理。
先当面沟通。大部分养鸽的老人并不知道声音传到了楼里，客客气气说明情况，请他把放飞时间推迟到七点以后，往往就能解决。
沟通不成，可以找社区居委会或物业出面调解，社区一般都有人民调解员。
如果对方在小区内违规搭建鸽棚，还可以向物业反映，由物业依照管理规约处理。
""",
    ),
    dict(
        slug="qa-html-rosemary-pot-care",
        site="花草问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.huacaowenda.example.com/q/57713.html",
        title="盆栽迷迭香叶子发黑掉叶是什么原因？",
        record_title="盆栽迷迭香叶子发黑掉叶是什么原因？_花草问答网",
        date="2025-08-11",
        notes="HTML Q&A with a vote bar; 回答于 is the date; site decoration in the record title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>盆栽迷迭香叶子发黑掉叶是什么原因？_花草问答网</title></head><body>
<div class="logo">⟦m 花草问答网 · 养花不求人⟧</div>
<div class="bc">⟦m 首页 > 香草类 > 迷迭香⟧</div>
<h1>⟦t 盆栽迷迭香叶子发黑掉叶是什么原因？⟧</h1>
<div class="asker">⟦m 阳台小园丁 提问于 3天前⟧</div>
<div class="answer"><div class="who">⟦m 园艺师 鹤年　回答于 2025-08-11 19:20⟧</div>
{BODY}
<div class="vote">⟦l 👍 有帮助 41　👎 没帮助 1⟧</div></div>
<div class="more"><h3>⟦l 相关问题⟧</h3><p>⟦l 薄荷徒长怎么修剪？⟧</p><p>⟦l 罗勒能露天过冬吗？⟧</p></div>
<div class="foot">⟦d 回答内容仅供参考，不代表本站观点⟧</div>
</body></html>
""",
        body="""
迷迭香叶子发黑、成片掉落，八成是根系出了问题，最常见的原因是浇水太勤、盆土积水。
迷迭香原产地中海沿岸，喜欢干燥通风，盆土要等表面干透两三厘米再浇，夏天尤其不要天天浇。
你可以把植株倒出来看看根，如果根发黑发软，剪掉烂根后换上掺了粗砂的颗粒土，放在通风的散射光处缓苗。
另外，夏季闷热时要避免放在不通风的封闭阳台，必要时用小风扇帮助通风。
""",
    ),
]
