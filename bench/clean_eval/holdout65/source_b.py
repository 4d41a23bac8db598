"""holdout65, part B: woodblock New-Year prints (木版年画) of an invented county, 朱垣县, and
the people around them, on twelve kinds of site. Every text, site, person and URL is invented."""

CASES = [
    dict(
        slug="dangjian-zhuyuan-nianhua-branch-speech-html",
        site="朱垣先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zyxf.example.gov.cn/dyjy/2025/0701/2210.html",
        title="在年画村党支部“七一”主题党日活动上的讲话",
        record_title="在年画村党支部“七一”主题党日活动上的讲话-朱垣先锋网",
        date="2025-07-01",
        notes="Party-building site; speaker line (neutral) and date under the title in the HTML; 学习强国-like follow prompt; a 'related' box",
        page="""
<html><head><meta charset="utf-8"><title>在年画村党支部“七一”主题党日活动上的讲话-朱垣先锋网</title></head><body>
<div class="banner">⟦m 朱垣先锋网　中共朱垣县委组织部主办⟧</div>
<div class="nav">⟦l 首页 组织建设 党员教育 先锋风采 基层动态⟧</div>
<div class="loc">⟦m 首页 / 党员教育 / 讲话精神⟧</div>
<h1>⟦t 在年画村党支部“七一”主题党日活动上的讲话⟧</h1>
<p class="spk">桃坞镇党委书记　杜文涛</p>
<p class="rq">（2025年7月1日）</p>
<div id="content">
{BODY}
</div>
<div class="ewm">⟦a 扫描右侧二维码，手机端阅读本文⟧</div>
<div class="rel"><b>⟦l 推荐阅读⟧</b><p>⟦l 县委组织部部署开展“双报到”工作⟧</p><p>⟦l 小院议事会让村里大小事有商有量⟧</p></div>
<div class="ft">⟦m 地址：朱垣县府前街1号　电话：0536-4120871⟧<br>⟦m 鲁ICP备18022309号⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们来到年画村，和大家一起过一个有意义的主题党日。
这几年，年画村党支部带领群众把老手艺变成了新产业，年画作坊从三家发展到二十一家，村集体收入突破六十万元。
希望支部一班人继续把党员带头作用发挥好，把年画传承人培养好，把游客服务做好。
最后，祝同志们节日快乐！
""",
    ),
    dict(
        slug="hospital-zhuyuan-pigment-allergy-notice",
        site="朱垣县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zyxrmyy.example.com/news/jkjy/2025/0122/508.html",
        title="关于年画作坊从业人员免费皮肤过敏筛查的通知",
        record_title="关于年画作坊从业人员免费皮肤过敏筛查的通知",
        date="2025-01-22",
        notes="hospital site: 预约挂号 hotline and a floating 在线咨询 line; the department's own 咨询电话 kept; scan-to-book sentence belongs to the document",
        page="""
!m 朱垣县人民医院　二级甲等综合医院
!l 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普
!m 当前位置：首页 → 健康教育
{T}
!m 发布者：皮肤科　发布日期：2025-01-22　浏览量：573
{BODY}
!w 预约挂号热线：0536-4199120（7:30-17:30）
!a 在线咨询　｜　返回顶部
!m 医院地址：朱垣县健康路66号
""",
        body="""
各年画作坊、从业人员：
木版年画印制中使用的矿物颜料和桐油，长期接触可能引起接触性皮炎。
为保护从业人员健康，我院皮肤科定于2025年2月10日至14日为全县年画作坊从业人员免费开展皮肤过敏筛查。
请携带身份证到门诊三楼皮肤科登记，也可扫描作坊内张贴的二维码提前预约。
咨询电话：0536-4199356（皮肤科护士站）。
朱垣县人民医院
2025年1月22日
""",
    ),
    dict(
        slug="university-qilu-arts-nianhua-workshop-html",
        site="齐麓艺术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qilu-arts.example.edu.cn/info/1034/7712.htm",
        title="我院年画传习工作坊结业作品展开展",
        record_title="我院年画传习工作坊结业作品展开展-齐麓艺术学院新闻网",
        date="2025-06-16",
        notes="university news site; 供稿/摄影/审核 line at the end; photo captions between paragraphs; 上一条/下一条",
        page="""
<html><head><meta charset="utf-8"><title>我院年画传习工作坊结业作品展开展-齐麓艺术学院新闻网</title></head><body>
<div class="head">⟦m 齐麓艺术学院新闻网⟧ <span>⟦a 旧版入口⟧</span></div>
<div class="nav">⟦l 学院要闻 | 教学科研 | 校园动态 | 媒体齐艺⟧</div>
<h2>⟦t 我院年画传习工作坊结业作品展开展⟧</h2>
<div class="arti-info">⟦m 时间：2025-06-16　点击：[1288]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：美术系举办毕业设计答辩会⟧<br>⟦l 下一条：我院师生赴敦煌开展写生实践⟧</div>
<div class="foot">⟦m Copyright © 齐麓艺术学院 党委宣传部⟧</div>
</body></html>
""",
        body="""
6月15日，我院年画传习工作坊结业作品展在美术馆一楼开展，展出学员作品一百二十余件。
⟦m 展览现场⟧
本期工作坊邀请朱垣木版年画传承人郑老根驻校授课三个月，三十名学员完成了从起稿、刻版到印制的全部工序。
不少作品把传统门神、灶君的样式与校园生活结合，吸引了许多师生驻足。⟦m （供稿：美术系　摄影：孙浩　审核：刘倩）⟧
""",
    ),
    dict(
        slug="localforum-taowu-nianhua-market-junk",
        site="桃坞生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.taowu.example.com/forum.php?mod=viewthread&tid=90817",
        title="桃坞镇年画大集期间交通管制的通告",
        record_title="【出行】桃坞镇年画大集期间交通管制的通告 - 桃坞生活网",
        date="2025-01-18",
        notes="county-town forum; junk lines and glued junk; a table of closed roads; moderator note at the bottom",
        junk=dict(lines=2, glued=1),
        page="""
!m 桃坞生活网 » 桃坞资讯 » 便民信息
!t 【出行】桃坞镇年画大集期间交通管制的通告 - 桃坞生活网
!m 发帖人：坞里小编　发表于 2025-1-18 16:40　查看: 2231　回复: 14
{BODY}
!l 本帖最后由 坞里小编 于 2025-1-18 16:45 编辑
!m 沙发　骑车的阿峰：收到，那几天骑电动车绕着走
!a 回帖后可查看更多精彩内容，立即注册
""",
        body="""
为保障2025年桃坞年画大集期间群众出行安全，经研究，决定对部分路段实行临时交通管制。
管制路段　管制时间　绕行建议
年画街全段　1月25日至2月2日　绕行新华路
桃坞大桥　1月28日8时至18时　绕行南环路
管制期间，除执行任务的车辆外，其他车辆禁止通行，请广大群众提前规划出行路线。
朱垣县公安局交通警察大队
2025年1月18日
""",
    ),
    dict(
        slug="download-zuixia-nianhua-lesson-plan-oldtable",
        site="最下载资料站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="html",
        source="http://www.zuixia.example.com/soft/jiaoan/48207.html",
        title="小学美术《木版年画》教学设计",
        record_title="小学美术《木版年画》教学设计 免费下载",
        date=None,
        notes="old gb2312 table layout: file-info table, three mirror links and a dead-link report; no date (the update stamp is a site stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>小学美术《木版年画》教学设计 免费下载_最下载资料站</title></head>
<body><table width="960" align="center"><tr><td>⟦m 最下载资料站 www.zuixia.example.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 您现在的位置：首页 → 教案下载 → 小学美术⟧</td></tr></table>
<table class="info">
<tr><td>⟦t 小学美术《木版年画》教学设计⟧</td></tr>
<tr><td>⟦m 资料大小：45 KB⟧</td><td>⟦m 资料类型：doc⟧</td><td>⟦m 更新时间：2025-11-02 07:12:40⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 下载次数：本日:3 总计:617⟧</td></tr>
</table>
<table class="intro"><tr><td>
{BODY}
</td></tr></table>
<table class="dl"><tr><td>⟦a 下载地址一：电信下载⟧</td><td>⟦a 下载地址二：联通下载⟧</td><td>⟦a 下载地址三：备用下载⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告错误⟧</td></tr></table>
<table><tr><td>⟦d 本站资料均来自网络，如有侵犯您的权益请来信告知，我们将及时删除⟧</td></tr></table>
</body></html>
""",
        body="""
一、教学目标
1.了解木版年画的历史和主要产地，认识门神、灶君等常见题材。
2.学习用吹塑纸模拟刻版、套色印制的方法，完成一幅小年画。
二、教学重点
感受年画饱满的构图和鲜艳的色彩。
三、教学过程
导入环节，教师展示朱垣年画《连年有余》，请学生说一说画中的鱼和莲花有什么寓意。
""",
    ),
    dict(
        slug="exam-zhuyuan-heritage-center-interview-notice",
        site="朱垣县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.zhuyuan.example.gov.cn/ksxx/2025/0512/311.html",
        title="朱垣县非物质文化遗产保护中心2025年公开招聘工作人员面试公告",
        record_title="朱垣县非物质文化遗产保护中心2025年公开招聘工作人员面试公告",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="personnel-exam site; anti-fraud notice and technical-support line; the document's own 咨询电话; interview list as a table; printing the admission ticket is the document's",
        page="""
!m 朱垣县人事考试网
!m 首页 > 考试信息 > 事业单位招聘
{T}
!m 信息来源：县人社局　发布日期：2025-05-12　【阅读：放大 还原】
{BODY}
!d 温馨提示：本网从未委托任何机构举办考前培训，谨防上当受骗
!m 技术支持：0536-4125500（工作日）
""",
        body="""
根据招聘公告，现将面试有关事项公告如下。
一、面试人员名单
准考证号　姓名　报考岗位
2025051003　孟晓彤　年画技艺保护岗
2025051011　张立春　非遗数字化岗
二、面试时间和地点
面试定于2025年5月24日上午8时在县委党校报到，逾期视为自动放弃。
请面试人员于5月20日后登录本网打印面试通知书。
咨询电话：0536-4121763。
朱垣县人力资源和社会保障局
2025年5月12日
""",
    ),
    dict(
        slug="tender-zhuyuan-nianhua-museum-repair-html",
        site="朱垣县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.zhuyuan.example.gov.cn/jyxx/jsgc/20250826/000181.html",
        title="朱垣年画博物馆屋面修缮工程中标结果公告",
        record_title=None,
        date="2025-08-26",
        notes="tender platform; no record title (found in the h3); buyer and agency contacts kept beside the platform's CA hotline; a bid-result table",
        page="""
<html><head><meta charset="utf-8"><title>朱垣县公共资源交易平台</title></head><body>
<div class="top">⟦m 朱垣县公共资源交易平台⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦l 交易信息 | 政策法规 | 办事指南 | 诚信管理⟧</div>
<div class="crumb">⟦m 交易信息 ＞ 工程建设 ＞ 中标结果⟧</div>
<h3>⟦t 朱垣年画博物馆屋面修缮工程中标结果公告⟧</h3>
<div class="time">⟦m 【信息时间：2025-08-26】【访问次数：96】⟧</div>
{BODY}
<div class="ca">⟦w CA数字证书办理咨询：400-812-6630⟧</div>
<div class="foot">⟦m 主办单位：朱垣县公共资源交易中心⟧ ⟦m 鲁ICP备20011452号⟧</div>
</body></html>
""",
        body="""
一、项目编号：ZYJS-2025-061
二、中标信息
中标人　中标价　工期
朱垣县鲁班古建工程有限公司　86.4万元　90日历天
三、公示期
本结果自发布之日起公示一个工作日。
四、联系方式
采购人：朱垣年画博物馆，联系人：王庆，电话：0536-4126618。
代理机构：齐鲁正和项目管理有限公司，联系人：李娜，电话：0536-4170923。
""",
    ),
    dict(
        slug="lawfirm-hengping-nianhua-copyright-article",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.hengpinglaw.example.com/article/ip/1920.html",
        title="传统年画样式被印上文创产品，是否构成侵权？",
        record_title="传统年画样式被印上文创产品，是否构成侵权？ - 衡平律师事务所",
        date="2025-10-09",
        notes="law firm's article; byline with 发布时间 (page's date); a call-back box and a not-legal-advice notice; no 成文日期",
        page="""
!m 衡平律师事务所 | 专注知识产权与文化产业
!l 首页　律所介绍　专业领域　律师团队　衡平观点
{T}
!m 作者：钟毅 律师　发布时间：2025-10-09　阅读 381
{BODY}
!d 本文仅为作者个人观点，不视为律师事务所出具的法律意见
!w 留下您的电话，律师将在2小时内回电：[　　　　] 提交
!m 联系我们：0531-8869 2200　地址：济南市历下区泉城路199号17层
""",
        body="""
近来，有年画作坊反映，自己刻制的门神样式被他人印在茶杯、帆布包上对外销售。
我们认为，传统年画中已进入公有领域的题材本身不受著作权保护，但作坊在传统样式基础上重新创作、具有独创性的画面，属于美术作品。
未经许可将这类作品用于商品并销售的，可能侵犯复制权和发行权，权利人可以要求停止侵权、赔偿损失。
建议作坊对新创作的版样及时进行作品登记，并保存好起稿、刻版的过程资料。
""",
    ),
    dict(
        slug="community-menshen-street-nianhua-class-html",
        site="门神街社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mensqjie.example.cn/sqgg/2025/1208/77.html",
        title="关于举办“小小年画师”寒假公益课堂的通知",
        record_title="关于举办“小小年画师”寒假公益课堂的通知",
        date="2025-12-08",
        notes="residents' site: weather widget, comments; a schedule table; the community's own 报名电话; 关注 sentence in the body",
        page="""
<html><head><meta charset="utf-8"><title>门神街社区居民委员会</title></head><body>
<div class="hd">⟦m 门神街社区居民委员会 —— 邻里守望 共建家园⟧ <span>⟦m 今日 晴 -3℃~6℃⟧</span></div>
<div class="nav">⟦l 社区首页 | 社区公告 | 便民服务 | 志愿活动⟧</div>
<div class="t">⟦t 关于举办“小小年画师”寒假公益课堂的通知⟧</div>
<div class="i">⟦m 发布：社区网格员　日期：2025-12-08⟧</div>
{BODY}
<div class="cmt">⟦l 居民留言（3）：我家孩子想报名，周末班还有位置吗？⟧</div>
<div class="ft">⟦m 门神街社区居委会　办公时间：8:30-17:30⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
寒假期间，社区联合年画传习所举办“小小年画师”公益课堂，欢迎辖区6至12岁儿童报名参加。
班次　时间　人数
上午班　1月20日至24日　15人
下午班　1月27日至31日　15人
报名电话：0536-4135078（社区服务站）。
更多活动信息请关注社区公众号“门神街邻里”。
门神街社区居民委员会
2025年12月8日
""",
    ),
    dict(
        slug="association-nianhua-council-minutes",
        site="朱垣县年画行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.zynhxh.example.org/xhdt/2025/0315/41.html",
        title="朱垣县年画行业协会第二届理事会第三次会议纪要",
        record_title="【协会动态】朱垣县年画行业协会第二届理事会第三次会议纪要",
        date="2025-03-14",
        date_also=["2025-03-15"],
        notes="association site; minutes with 时间/地点/主持/出席/记录 lines kept; 会员登录 and 入会申请 prompts; 印发 line kept",
        page="""
!m 朱垣县年画行业协会
!a 会员登录 | 入会申请
!m 首页 ＞ 协会动态
!t 【协会动态】朱垣县年画行业协会第二届理事会第三次会议纪要
!m 2025-03-15　秘书处
{BODY}
!l 相关链接：协会章程 ｜ 会员名录 ｜ 年画作坊地图
!m 协会地址：朱垣县桃坞镇年画街8号　邮箱：zynhxh@example.org
""",
        body="""
时间：2025年3月14日上午9时
地点：协会会议室
主持：会长郑老根
出席：理事十一人
记录：秘书处 高敏
会议审议通过了2025年工作要点，决定在年画街设立统一的产品展销点。
会议同意吸收三家新作坊为会员单位。
会议要求各会员单位规范使用“朱垣年画”集体商标。
朱垣县年画行业协会秘书处　2025年3月14日印发
""",
    ),
    dict(
        slug="corp-huachen-culture-nianhua-ip-html",
        site="华辰文创有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huachenwc.example.com/news/company/2025-11-28/203.html",
        title="华辰文创与朱垣年画传习所签署合作协议",
        record_title="华辰文创与朱垣年画传习所签署合作协议_公司新闻_华辰文创",
        date="2025-11-28",
        notes="company site: online shop link, customer-service box, 返回列表; a 'scan to visit the shop' line glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>华辰文创与朱垣年画传习所签署合作协议_公司新闻_华辰文创</title></head><body>
<header>⟦m 华辰文创　让传统走进日常⟧ <a>⟦a 官方商城⟧</a> <a>⟦a EN⟧</a></header>
<nav>⟦l 关于我们 产品中心 公司新闻 联系我们⟧</nav>
<div class="bc">⟦m 首页 > 公司新闻⟧</div>
<h1>⟦t 华辰文创与朱垣年画传习所签署合作协议⟧</h1>
<p class="d">⟦m 2025-11-28　浏览次数：154⟧</p>
{BODY}
<p class="back">⟦l 【返回列表】⟧</p>
<div class="kf">⟦w 在线客服　周一至周六 9:00-18:00　客服电话 400-687-2025⟧</div>
<footer>⟦m © 华辰文创有限公司　浙ICP备17055120号⟧</footer>
</body></html>
""",
        body="""
11月27日，华辰文创有限公司与朱垣年画传习所签署合作协议，双方将共同开发年画主题文创产品。
根据协议，传习所提供十二幅传统年画样式授权，公司每年按销售额的百分之六支付授权费用。
首批产品包括日历、冰箱贴和帆布袋，预计明年春节前上市。⟦a 扫码进入华辰商城，先睹为快⟧
""",
    ),
    dict(
        slug="training-keyin-nianhua-course-brochure",
        site="刻印艺术培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.keyinart.example.com/kecheng/nianhua-2026.html",
        title="2026年春季木版年画刻印研修班招生简章",
        record_title="2026年春季木版年画刻印研修班招生简章（限额20人）",
        date="2025-12-20",
        notes="training school: enrol box, free-trial prompt and a WeChat consult line; the school's own 报名电话 kept; a fee table",
        page="""
!m 刻印艺术培训中心 · 小班教学　手把手带练
!w 免费试听一节课，添加课程顾问微信 keyin_kf02
!t 2026年春季木版年画刻印研修班招生简章（限额20人）
{BODY}
!a 立即报名　｜　预约试听
!l 热门课程：篆刻入门班　藏书票制作班　拓印体验课
!m 刻印艺术培训中心版权所有　备案号：鲁ICP备21030877号
""",
        body="""
一、招生对象
年满16周岁、对传统版画有兴趣的学员，无基础也可报名。
二、课程安排
课程　课时　费用
刻版基础　24课时　1800元
套色印制　24课时　2200元
三、报名方式
报名电话：0536-4160327，报名截止日期为2026年2月28日。
刻印艺术培训中心
2025年12月20日
""",
    ),
]
