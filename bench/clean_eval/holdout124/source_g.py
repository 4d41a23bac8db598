"""holdout124, part G: training schools, writing apps, exam forums, encyclopaedias. Invented text."""

CASES = [
    dict(
        slug="training-xianyin-violin-brochure-html",
        site="弦音琴童艺术学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.xianyin-art.com/zhaosheng/2025qiu.html",
        title="弦音艺术学校2025年秋季小提琴班招生简章",
        record_title="弦音艺术学校2025年秋季小提琴班招生简章（附课程表）",
        date=None,
        notes="training school page: course table; the school's 报名电话 in the body beside a floating trial-class box; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>弦音艺术学校2025年秋季小提琴班招生简章（附课程表）</title></head><body>
<div class="hd">⟦m 弦音琴童艺术学校　让每个孩子爱上音乐⟧</div>
<div class="nav">⟦m 首页 师资力量 课程设置 学员风采 在线报名⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 教务处　阅读 2207⟧</div>
{BODY}
<div class="float">⟦w 免费试听一节课！留下电话，课程顾问马上联系您⟧</div>
<div class="foot">⟦m 办学许可证号：教民141102070001号　校区地址：梧州路66号3楼⟧</div>
</body></html>
""",
        body="""
我校秋季小提琴班现面向4至14岁少年儿童招生，由专业院校毕业教师授课，小班教学，欢迎家长带孩子前来试听。
班型　上课时间　学费（元/期）
启蒙班（4—6岁）　周六上午　2380
初级班（7—9岁）　周六下午　2580
中级班（10—14岁）　周日全天　2980
每期16课时，每课时45分钟；报名时可由学校协助选购或租用练习琴。
报名电话：0774-3822166（周二至周日9:00—18:00）。
""",
    ),
    dict(
        slug="training-haiyan-diving-camp-text",
        site="海燕跳水培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.haiyan-diving.cn/news/331.html",
        title="关于举办2025年青少年跳水冬训营的通知",
        record_title="关于举办2025年青少年跳水冬训营的通知 - 海燕跳水",
        date="2025-11-20",
        notes="training school text page: course ad between paragraphs; 下载 a form in the body; signature date",
        page="""
!m 海燕跳水培训中心　专业·安全·快乐
!m 首页 / 新闻公告
{T}
!m 发布时间：2025-11-20　　浏览量：398
{BODY}
!a 在线报名　　咨询客服　　返回列表
!d ©海燕跳水培训中心　未经授权禁止转载
""",
        body="""
各位家长、学员：
为帮助青少年跳水爱好者利用寒假系统提高技术水平，中心将举办2025年青少年跳水冬训营，现将有关事项通知如下。
一、训练时间：2026年1月19日至2月3日，每天9:00—11:30、14:30—17:00。
二、训练对象：8至15岁、能熟练游泳50米以上的青少年。
⟦a 【新课上线】成人游泳速成班，14天学会蛙泳，点击了解 >>⟧
三、训练内容：陆上柔韧与力量训练、1米和3米跳板基本动作、入水技术。
四、报名须知：请于12月20日前到官网下载报名表和健康承诺书，填写后交到中心前台。
海燕跳水培训中心
2025年11月20日
""",
    ),
    dict(
        slug="app-biqian-pomegranate-coop-summary-text",
        site="笔签写作APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.biqian-app.com/doc/5f0a19c2",
        title="石榴种植专业合作社2025年度工作总结",
        record_title="石榴种植专业合作社2025年度工作总结｜笔签写作",
        date="2025-12-18",
        notes="writing-app share page: open-app prompt after a sentence, AI-rewrite button; signature date",
        page="""
!m 笔签写作 · 你的AI写作助手
!a 打开APP，体验更流畅 ＞
{T}
!m 来自笔签用户「榴园小杨」的分享　·　1.2k人看过
{BODY}
!a ✦ 一键AI改写　　✦ 复制全文　　✦ 导出Word
!l 同类模板：合作社年终总结通用模板｜农民专业合作社年度报告
!m 笔签写作 © 2025　沪ICP备20018826号-3A
""",
        body="""
2025年，合作社在镇党委、政府的支持下，全体社员齐心协力，石榴产业发展再上新台阶。
一、种植规模稳步扩大。新发展软籽石榴380亩，合作社种植面积达到2600亩，入社农户由168户增加到205户。
二、产量效益双提升。全年产鲜果4100吨，通过电商、商超和批发市场销售，实现销售收入3480万元，社员户均增收1.6万元。⟦a 打开笔签APP查看完整数据图表⟧
三、品牌建设取得突破。注册“榴香坪”商标，通过绿色食品认证，在省农博会上获得金奖。
四、明年打算：建设冷库一座，延长销售期；开发石榴汁、石榴酒等加工产品。
榴香坪石榴种植专业合作社
2025年12月18日
""",
    ),
    dict(
        slug="app-wenya-grassland-fire-plan-html",
        site="文雅公文APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="html",
        source="https://m.wenya-gw.com/share/article/66120",
        title="2025年秋冬季草原防火工作方案",
        record_title=None,
        date=None,
        notes="writing-app share page in HTML; no record title; member lock inside the body; no date (year only in the title)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>文雅公文</title></head><body>
<div class="app-bar">⟦a 在文雅公文APP内打开⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 模板号：WY-66120　　已有3.4k人使用⟧</div>
<div class="art">
{BODY}
</div>
<div class="bottom">⟦a 使用此模板⟧　⟦a 收藏⟧　⟦a 分享给同事⟧</div>
<div class="rec">⟦l 猜你想写：森林防火工作方案｜野外用火管理规定⟧</div>
</body></html>
""",
        body="""
为切实做好今年秋冬季草原防火工作，确保不发生重特大草原火灾，结合我旗实际，制定本方案。
一、防火期：2025年9月15日至2026年6月15日，其中10月1日至12月31日为重点防火期。
二、主要措施：严格野外用火管理，防火期内禁止在草原上烧荒、烧秸秆；在重点区域打设防火隔离带；各苏木镇组建半专业扑火队，配足风力灭火机等设备。
⟦a 🔒 以下为VIP内容，开通文雅会员查看完整方案（含责任分工表）⟧
三、工作要求：各苏木镇要落实24小时值班制度，发现火情立即报告、迅速扑救。
""",
    ),
    dict(
        slug="gkbbs-shanyao-shenlun-material-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="html",
        source="http://bbs.shangan-gk.com/thread-731556-1-1.html",
        title="一根山药带富一方百姓——铁山县山药产业发展调研",
        record_title="[申论素材] 一根山药带富一方百姓——铁山县山药产业发展调研（附答题思路）",
        date="2025-08-14",
        notes="exam forum: a study-points box between paragraphs; post date; reply list",
        page="""
<html><head><meta charset="utf-8"><title>[申论素材] 一根山药带富一方百姓——铁山县山药产业发展调研（附答题思路） - 申论交流 - 上岸公考论坛</title></head><body>
<div class="hd">⟦m 上岸公考论坛⟧ ⟦a 签到领积分⟧ ⟦a 登录⟧</div>
<div class="pt">⟦m 上岸公考 › 申论交流 › 帖子详情⟧</div>
<h1>⟦t [申论素材] 一根山药带富一方百姓——铁山县山药产业发展调研（附答题思路）⟧</h1>
<div class="au">⟦m 申论小舟　发表于 2025-8-14 20:03　楼主⟧</div>
<div class="post">
{BODY}
</div>
<div class="ads">⟦w 申论一对一批改，报名请加小助手微信：sa_gk2025⟧</div>
<div class="rp">⟦l 2楼 冲鸭上岸：感谢分享，已整理进笔记⟧</div>
<div class="ft">⟦m 上岸公考论坛 © 2016-2025⟧</div>
</body></html>
""",
        body="""
铁山县地处黄河故道，沙壤土质，种植山药已有三百多年历史。过去，山药大多以鲜品出售，价格受市场波动影响大，群众增收不稳定。
近年来，县里把山药作为主导产业来抓，推广“龙头企业+合作社+农户”模式，建成标准化种植基地4.2万亩，发展山药粉、山药脆片等加工企业17家。
⟦l 【答题要点】产业链延伸｜品牌建设｜利益联结机制⟧
2024年，全县山药产业综合产值达到21亿元，带动3.5万农户增收。县里还举办山药文化节，打造“铁山山药”区域公用品牌。
""",
    ),
    dict(
        slug="gkbbs-jingcheng-traffic-police-interview-text",
        site="警程考试社区 (invented)",
        style="公考论坛",
        genre="经验总结",
        kind="other",
        form="text",
        source="https://www.jingcheng-kao.com/t/228105",
        title="交警辅警面试结构化真题回忆及个人答题思路",
        record_title="[面试素材] 交警辅警面试结构化真题回忆及个人答题思路（长文）",
        date=None,
        notes="exam forum text page: numbered questions; relative post time; no date",
        page="""
!m 警程考试社区 > 辅警招聘 > 面试交流
!t [面试素材] 交警辅警面试结构化真题回忆及个人答题思路（长文）
!m 楼主 岗前小白　发布于 昨天 22:15　浏览 1740
{BODY}
!a 👍 赞同 88　　⭐ 收藏　　↪ 转发
!l 热帖：体能测试1000米怎么练？｜政审需要准备哪些材料
!a 登录后可查看更多回复
""",
        body="""
上周刚考完市交警支队辅警面试，趁着还记得，把题目和我的思路分享给大家。
1. 你为什么报考交警辅警？我主要从个人经历、对岗位的理解和今后打算三方面回答。
2. 执勤时一名司机拒不配合检查，还拿手机拍你，你怎么办？我的思路是保持冷静、规范用语、亮明身份，同时开启执法记录仪，必要时请求民警支援。
3. 有人说辅警工作辛苦待遇低，你怎么看？我从职业认同和服务群众的角度谈了看法。
整体感觉考官很和气，语速别太快，答题时间控制在每题两分钟左右就行。
""",
    ),
    dict(
        slug="baike-gwcidian-minutes-entry-placeholders-text",
        site="公文词典百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://baike.gwcidian.com/item/huiyijiyao",
        title="会议纪要",
        record_title="会议纪要_公文词典百科",
        date=None,
        notes="encyclopaedia entry: a sample with 20××年×月×日 placeholders and 时间/地点/主持 lines; example date inside a sentence; no date",
        page="""
!m 公文词典百科 ｜ 写公文，先查词典
!m 百科首页 › 公文文种 › 会议纪要
{T}
!m 本词条由“公文词典”编辑团队审核　　最近更新：3天前
!a 编辑词条　　添加义项　　收藏　　分享
{BODY}
!l 参考资料：[1] 党政机关公文处理工作条例
!l 词条标签：公文 文种 法定公文
!d 百科内容仅供学习参考，具体写法以各单位规定为准。
""",
        body="""
会议纪要是适用于记载会议主要情况和议定事项的公文，属于法定公文文种。
会议纪要一般由标题、正文和落款组成。标题可写为“××会议纪要”；正文开头通常写明会议基本情况，主体部分写议定事项。
例文（节选）：
时间：20××年×月×日上午9:00
地点：××会议室
主持：×××
会议研究了×××工作，议定如下事项。
需要注意的是，会议纪要的成文日期一般为会议召开日期或纪要签发日期，例如2024年3月5日召开的会议，纪要可在会后几日内印发。
""",
    ),
    dict(
        slug="baike-nongjia-lemon-pruning-entry-html",
        site="农家百科 (invented farming encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.nongjiabaike.cn/wiki/ningmeng-xiujian",
        title="柠檬修剪",
        record_title="柠檬修剪 - 农家百科",
        date=None,
        notes="encyclopaedia entry page in HTML: catalogue box, 编辑 links, reference list; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柠檬修剪 - 农家百科</title></head><body>
<div class="top">⟦m 农家百科　种养知识一查就懂⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="toc">⟦l 目录　1 修剪时期　2 修剪方法　3 注意事项⟧</div>
<div class="lemma">
{BODY}
</div>
<div class="ref">⟦l 参考资料：柑橘类果树栽培技术手册⟧</div>
<div class="stat">⟦m 浏览次数：11824次　编辑次数：7次⟧ ⟦a [编辑]⟧</div>
<div class="foot">⟦d 本词条内容由网友共同编辑，如有错误请指正。⟧</div>
</body></html>
""",
        body="""
柠檬修剪是柠檬栽培管理中的重要措施，目的是调节树体结构、改善通风透光、提高产量和果实品质。
修剪时期：柠檬一年多次抽梢、多次开花，修剪分为冬季修剪和生长期修剪。冬季修剪一般在采果后至春梢萌发前进行。
修剪方法：主要有疏剪、短截和回缩。疏剪去除病虫枝、交叉枝和过密枝；短截促发健壮新梢；回缩用于更新衰弱的结果枝组。
注意事项：修剪工具要消毒，剪口较大时要涂保护剂；幼树以整形为主，轻剪为宜。
""",
    ),
]
