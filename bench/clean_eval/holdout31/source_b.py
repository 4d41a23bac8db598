"""holdout31, part B: invented pages (see ../README.md and ../build.py). Everything here is invented."""

CASES = [
    dict(
        slug="dangjian-qiuyang-treasury-branch-speech-html",
        site="楸阳机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.qiuyang.example.gov.cn/llxx/2025/0701/1093.html",
        title="在县国库支付中心党支部“七一”主题党日上的讲话",
        record_title="在县国库支付中心党支部“七一”主题党日上的讲话_楸阳机关党建网",
        date="2025-07-01",
        notes="Party-building page; speaker and date lines under the title neutral; a study-points box and 'study check-in' button; footer",
        page="""
<html><head><meta charset="utf-8"><title>在县国库支付中心党支部“七一”主题党日上的讲话_楸阳机关党建网</title></head><body>
<header><div class="logo">⟦m 楸阳机关党建网⟧</div><div class="slogan">⟦m 旗帜领航　建功新时代⟧</div></header>
<nav>⟦l 首页　党建要闻　理论学习　支部风采　党员之家⟧</nav>
<div class="loc">⟦m 位置：首页 / 理论学习 / 领导讲话⟧</div>
<article><h1>⟦t 在县国库支付中心党支部“七一”主题党日上的讲话⟧</h1>
<p class="author">中心党支部书记　彭晓岚</p>
<p class="date">（2025年7月1日）</p>
{BODY}
</article>
<div class="btn">⟦a 学习打卡 +1 积分⟧</div>
<aside><h4>⟦l 学习排行⟧</h4><ol><li>⟦l 县委办党支部⟧</li><li>⟦l 县财政局机关党支部⟧</li></ol></aside>
<footer>⟦m 中共楸阳县直属机关工作委员会　版权所有⟧　⟦m 技术维护：楸阳数智科技⟧</footer>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在这里开展主题党日活动，重温入党誓词，就是要不忘初心，坚定信念。
借此机会，我讲三点意见。
一要强化理论武装。支部每月要安排一次集中学习，党员要把学习成果转化为做好国库支付工作的实际行动。
二要守牢资金安全底线。国库支付关系千家万户，每一笔资金都要做到审核严格、支付准确。
三要发挥党员先锋作用。在窗口服务和系统升级攻坚中，党员要带头加班、带头攻关。
同志们，让我们以更加饱满的热情，把中心各项工作做得更好。
""",
    ),
    dict(
        slug="hospital-lichuan-dental-clinic-notice-html",
        site="栎口县口腔医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.likoukq.example.cn/news/notice/2025/0118/312.html",
        title="关于春节期间门诊安排的通知",
        record_title="关于春节期间门诊安排的通知-栎口县口腔医院",
        date="2025-01-18",
        notes="hospital site: booking float box and 24-hour line are chrome; the document's department phone kept; a schedule table; a floating consult widget",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于春节期间门诊安排的通知-栎口县口腔医院</title></head><body>
<div class="head">⟦m 栎口县口腔医院　二级甲等口腔专科医院⟧</div>
<div class="menu">⟦l 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻公告⟧</div>
<div class="crumbs">⟦m 首页 > 新闻公告 > 医院公告⟧</div>
<h2>⟦t 关于春节期间门诊安排的通知⟧</h2>
<div class="attr">⟦m 发布者：医务科　时间：2025-01-18　浏览：745⟧</div>
<div class="text">
{BODY}
</div>
<div class="float">⟦a 在线预约⟧<br>⟦w 口腔咨询：点我与客服聊⟧</div>
<div class="foot">⟦m 地址：栎口县滨江路58号　急诊热线：0745-2208120⟧<br>⟦d 本站信息仅供参考，不能作为诊断及医疗的依据⟧</div>
</body></html>
""",
        body="""
广大患者朋友：
根据上级有关春节放假安排，结合我院实际，现将春节期间门诊安排通知如下。
日期　开诊科室　时间
1月28日至1月30日　急诊　全天
1月31日至2月2日　口腔内科、口腔外科　上午
2月3日起　全部科室　正常开诊
春节期间如需预约复诊，请拨打口腔外科电话0745-2208163。
给您带来的不便，敬请谅解。
栎口县口腔医院
2025年1月18日
""",
    ),
    dict(
        slug="university-nanpu-intl-office-summary",
        site="楠浦学院国际交流处 (invented)",
        style="高校官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://gjc.nanpu-college.example.edu.cn/info/1021/2288.htm",
        title="国际交流处2024年度工作总结",
        record_title="国际交流处2024年度工作总结-楠浦学院国际交流处",
        date="2024-12-30",
        notes="university office page in text; decimal headings 1.1 kept; a 'scan the code to follow' line; footer with 邮编",
        page="""
!m 楠浦学院国际交流处（港澳台事务办公室）
!m 首页 » 工作动态 » 正文
{T}
!m 作者：综合科 | 审核：钱立 | 日期：2024-12-30 | 点击：[ 421 ]
{BODY}
!a 【关闭】【打印】
!m 版权所有 © 楠浦学院国际交流处　地址：楠浦市学院路9号　邮编：330210
!a 扫码关注“楠浦国际”服务号
""",
        body="""
1 主要工作
1.1 对外合作。全年新签校际合作协议五项，与两所境外高校建立学分互认机制。
1.2 学生交流。选派七十二名学生赴境外交流学习，接收境外短期交流生四十名。
1.3 外籍教师管理。完成十一名外籍教师的聘用、签证和日常管理工作，全年未发生安全事故。
2 存在的不足
合作项目的层次和质量有待提高，部分学院参与国际交流的积极性不高。
3 明年打算
继续拓展合作渠道，推动建设一个中外合作办学项目。
国际交流处
2024年12月30日
""",
    ),
    dict(
        slug="localforum-yushan-bakery-pledge-junk",
        site="榉塘论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.jutangbbs.example.net/forum.php?mod=viewthread&tid=33871",
        title="烘焙行业诚信经营倡议书",
        record_title="烘焙行业诚信经营倡议书【榉塘烘焙协会发布】",
        date="2025-03-15",
        notes="local forum with junk lines and glued junk; poster's aside line; 回复/引用; document date at the end",
        junk=dict(lines=2, glued=1),
        page="""
!m 榉塘论坛 › 榉塘商家 › 商家资讯
!t 烘焙行业诚信经营倡议书【榉塘烘焙协会发布】
!m 作者：糖霜小屋店长 | 2025-3-15 10:22 | 阅读 288 | 回复 6
!l 协会群里发的，搬过来给大家看看，商家朋友们一起守规矩哈～
{BODY}
!l 2#　路人甲乙：支持！希望不要再有缺斤少两的了
!l 3#　面包控：顶一个
!a 登录后才能回帖　[登录]　[注册]
""",
        body="""
全县烘焙行业经营者：
为营造诚实守信、公平竞争的市场环境，榉塘县烘焙协会向全县烘焙经营者发出如下倡议。
一、严把原料关，不使用过期变质原料，不超范围超限量使用食品添加剂。
二、明码标价，不虚标重量，不以低价诱导消费后再加价。
三、做好生产日期和保质期标注，临期产品单独陈列并明示。
四、积极参加协会组织的食品安全培训，主动接受社会监督。
榉塘县烘焙协会
2025年3月15日
""",
    ),
    dict(
        slug="download-feiyu-oldtable-forest-pest-rules",
        site="飞鱼资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.feiyudown.example.com/soft/ziliao/2025/7712.html",
        title="椴湖县林业有害生物检疫执法工作制度",
        record_title="椴湖县林业有害生物检疫执法工作制度.doc免费下载",
        date=None,
        notes="old download station table page: file-info table, mirror links, dead-link report; 下载/打印 in the rules' own articles kept; no date (only an update stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>椴湖县林业有害生物检疫执法工作制度.doc免费下载 - 飞鱼资料下载站</title></head>
<body><table width="100%"><tr><td>⟦m 飞鱼资料下载站　www.feiyudown.example.com⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：飞鱼首页 → 资料下载 → 规章制度⟧</td></tr></table>
<table border="1">
<tr><td>⟦t 椴湖县林业有害生物检疫执法工作制度⟧</td></tr>
<tr><td>⟦m 资料大小：36 KB　资料语言：简体中文　资料类型：doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-02 11:07:33　下载次数：318⟧</td></tr>
<tr><td>⟦m 资料简介：⟧</td></tr>
</table>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 下载地址：电信下载一　电信下载二　联通下载　网通镜像⟧</td></tr>
<tr><td>⟦a 下载地址失效？点此报告死链⟧</td></tr>
<tr><td>⟦d 本站所有资料均来源于网络，仅供学习研究之用，下载后请于24小时内删除。⟧</td></tr></table>
<table><tr><td>⟦m Copyright 2008-2025 飞鱼资料下载站 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范林业有害生物检疫执法行为，防止危险性林业有害生物传入和扩散，制定本制度。
第二条　检疫执法人员执行任务时不得少于两人，并应当主动出示执法证件。
第三条　检疫证书一律通过全国林业植物检疫管理信息系统开具，由执法人员当场打印，严禁手工填写。
第四条　需要复检的调运单位，应当从系统下载检疫要求书，按要求提供复检材料。
第五条　检疫执法中查获的疫木，应当在执法人员监督下就地除害处理，并做好记录。
第六条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="exam-qiyuan-personnel-interview-notice",
        site="桤原市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.qiyuan.example.gov.cn/ksap/2025/0526/2091.html",
        title="桤原市2025年事业单位公开招聘工作人员面试公告",
        record_title="桤原市2025年事业单位公开招聘工作人员面试公告",
        date="2025-05-26",
        notes="exam site: the document's 咨询电话 kept beside the site's technical line; interview timetable kept; 打印 准考证 sentence kept; 发布日期 line",
        page="""
!m 桤原市人事考试网　　今天是：2025年5月26日 星期一
!m 首页　＞　考试安排　＞　事业单位
{T}
!m 发布日期：2025-05-26　来源：市人社局　浏览次数：9321
!a 【字号　大　中　小】【打印】
{BODY}
!w 网站技术支持电话：0791-88011234（工作日 9:00-17:00）
!l 相关链接：笔试成绩查询入口 ｜ 资格复审名单 ｜ 体检须知
!m 桤原市人力资源和社会保障局主办　赣ICP备12003344号
""",
        body="""
根据《桤原市2025年事业单位公开招聘工作人员公告》，现将面试有关事项公告如下。
一、面试时间和地点
时间　岗位类别　地点
6月7日上午　综合管理类　市委党校教学楼
6月7日下午　专业技术类　市委党校教学楼
6月8日全天　教师岗位　市第一中学
二、面试人员须于6月3日至6日登录本网站打印面试准考证，凭准考证和身份证参加面试。
三、面试采取结构化面试方式，成绩满分一百分，合格分数线为六十分。
咨询电话：0791-88011502（市人社局事业单位人事管理科）
桤原市人力资源和社会保障局
2025年5月26日
""",
    ),
    dict(
        slug="tender-zhuxi-papermill-boiler-html",
        site="槠溪纸业招标采购平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://zb.zhuxipaper.example.com/cgxx/zbgg/2025/0903/ZX-ZB-2025-017.html",
        title="槠溪纸业有限公司生物质锅炉改造工程招标公告",
        record_title="【招标公告】槠溪纸业有限公司生物质锅炉改造工程招标公告",
        date="2025-09-03",
        notes="tender platform: project number table; purchaser and agency contacts kept beside the CA hotline; list of lots; 下载 of tender documents as content",
        page="""
<html><head><meta charset="utf-8"><title>槠溪纸业有限公司生物质锅炉改造工程招标公告</title></head><body>
<div class="bar">⟦m 槠溪纸业招标采购平台⟧　⟦a 登录 | 供应商注册 | CA办理⟧</div>
<div class="nav">⟦l 招标公告　变更公告　中标候选人公示　中标结果⟧</div>
<h3>⟦t 【招标公告】槠溪纸业有限公司生物质锅炉改造工程招标公告⟧</h3>
<table><tr><td>⟦m 项目编号：ZX-ZB-2025-017⟧</td><td>⟦m 公告日期：2025-09-03⟧</td></tr><tr><td>⟦m 公告类型：公开招标⟧</td><td>⟦m 浏览：1208次⟧</td></tr></table>
<div class="cont">
{BODY}
</div>
<div class="side">⟦w CA证书办理及平台操作咨询：400-880-6620⟧</div>
<div class="foot">⟦m 槠溪纸业有限公司版权所有⟧ ⟦d 本平台发布的信息以招标人盖章文件为准⟧</div>
</body></html>
""",
        body="""
槠溪纸业有限公司生物质锅炉改造工程已具备招标条件，现对该项目进行公开招标，欢迎符合条件的投标人参加投标。
一、项目概况
本项目为公司热电车间两台二十吨生物质锅炉的燃烧系统及除尘系统改造，计划工期九十日历天。
二、标段划分
标段　内容　最高限价（万元）
一标段　燃烧系统改造　386
二标段　除尘及脱硝系统改造　452
三、招标文件的获取
请于2025年9月4日至9月10日登录本平台下载招标文件，逾期不再受理。
四、联系方式
招标人：槠溪纸业有限公司　联系人：蒋工　电话：0736-7120885
招标代理机构：楚衡项目管理有限公司　联系人：石莉　电话：0736-7256610
""",
    ),
    dict(
        slug="lawfirm-hengzhi-used-car-consumer-guide",
        site="衡直律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="text",
        source="https://www.hengzhilaw.example.cn/article/2025/0418/used-car.html",
        title="购买二手车时应注意的五个法律问题",
        record_title="购买二手车时应注意的五个法律问题 | 衡直律师",
        date="2025-04-18",
        notes="law firm's article: numbered points; disclaimer 'not legal advice' in own words; lawyer contact prompt; a consultation box; author line",
        page="""
!m 衡直律师事务所 · 专注消费与合同纠纷
!m 首页 / 普法课堂 / 消费维权
{T}
!m 撰稿：衡直律师事务所 孔律师　发布于 2025.04.18
{BODY}
!d 温馨提示：本文仅为一般性法律知识介绍，不构成对具体个案的法律意见。
!w 遇到二手车纠纷？点击预约律师面谈，或致电 0551-6530 8899
!l 延伸阅读：网购退货纠纷怎么办 · 装修合同常见陷阱 · 预付卡退费指南
""",
        body="""
近年来，二手车交易日益活跃，由此引发的纠纷也逐渐增多。结合办案经验，我们提醒消费者注意以下五个问题。
1.核实车辆权属。购车前应查验机动车登记证书，确认卖方就是车辆所有人。
2.查询车辆历史。重点了解车辆是否发生过重大事故、泡水或火烧，是否存在未处理的违章。
3.签订书面合同。合同中应写明车辆里程、事故情况和违约责任，避免只凭口头承诺。
4.及时办理过户。交易完成后应尽快办理转移登记，否则可能承担不必要的法律风险。
5.保存交易凭证。付款记录、聊天记录和检测报告都要妥善保存，发生纠纷时可作为证据。
""",
    ),
    dict(
        slug="community-songbai-street-pension-notice",
        site="柃山街道松柏社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lingshan-songbai.example.org.cn/sqgg/2025/0805/95.html",
        title="关于开展城乡居民养老保险资格认证的通知",
        record_title="关于开展城乡居民养老保险资格认证的通知-松柏社区",
        date="2025-08-05",
        notes="community site; the community's own phone line kept next to the site's 24h service line; 扫码 in the document's text kept; 时间地点 lines",
        page="""
!m 柃山街道松柏社区　居民之家
!l 社区首页 · 社区公告 · 办事指南 · 居民议事 · 便民服务
!m 所在位置：社区公告
{T}
!m 2025年08月05日　来源：社区居委会　　阅读 183
{BODY}
!w 社区24小时便民服务热线：0518-8801 2345
!l 社区公告栏：社区消防演练通知｜电动车充电棚开放时间
!m 松柏社区居委会主办 | 苏ICP备2023112233号-1
""",
        body="""
各位居民：
根据区人社局工作安排，社区将集中开展2025年度城乡居民养老保险待遇领取资格认证工作。
认证时间：8月11日至8月15日，上午8:30至11:30
认证地点：社区党群服务中心一楼大厅
认证方式：本人携带身份证到现场认证，也可在家扫码登录“掌上社保”进行刷脸认证。
行动不便的老人，可由家属联系社区网格员，预约上门认证。
联系电话：社区服务站，0518-8801 3306
松柏社区居民委员会
2025年8月5日
""",
    ),
    dict(
        slug="association-mingmu-optical-minutes-html",
        site="栌城市眼镜行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.lucheng-optical.example.org/xhdt/2025/0322/44.html",
        title="栌城市眼镜行业协会第三届理事会第四次会议纪要",
        record_title=None,
        date="2025-03-22",
        notes="association HTML page: no record title; minutes' lines and vote count kept; member login box and join button; friend links",
        page="""
<html><head><meta charset="utf-8"><title>协会动态 - 栌城市眼镜行业协会</title></head><body>
<div class="top">⟦m 栌城市眼镜行业协会　LUCHENG OPTICAL ASSOCIATION⟧</div>
<div class="nav">⟦l 协会简介 | 协会动态 | 会员风采 | 政策法规 | 入会指南⟧</div>
<div class="login">⟦a 会员登录　用户名 密码 [登录] [申请入会]⟧</div>
<div class="path">⟦m 您当前的位置：首页 > 协会动态⟧</div>
<h1>⟦t 栌城市眼镜行业协会第三届理事会第四次会议纪要⟧</h1>
<p class="time">⟦m 发稿：秘书处　　2025-03-22⟧</p>
{BODY}
<div class="links">⟦l 友情链接：市市场监管局　省眼镜协会　市消费者协会⟧</div>
<div class="foot">⟦m 协会地址：栌城市解放路188号商会大厦6楼　秘书处电话：0734-8201556⟧</div>
</body></html>
""",
        body="""
时间：2025年3月20日上午9时
地点：商会大厦六楼会议室
主持：会长　程伟
出席：理事二十一名
列席：监事长及秘书处工作人员
会议审议通过了《协会2024年工作报告》和《2025年工作计划》。
会议表决通过了吸收五家新会员单位的议案，应到理事二十三名，实到二十一名，同意二十一票。
会议决定，于5月联合市市场监管局开展验配质量提升月活动。
栌城市眼镜行业协会秘书处
2025年3月22日
""",
    ),
    dict(
        slug="company-liyu-steel-safety-news",
        site="澧钰钢铁集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.liyusteel.example.com/news/company/2025/0614/7781.html",
        title="集团公司召开安全生产月动员大会",
        record_title="集团公司召开安全生产月动员大会_澧钰钢铁集团",
        date="2025-06-14",
        notes="corporate site news in text: title repeated glued to the lead; photo caption between paragraphs; corporate footer; a 'join us' box",
        page="""
!m 澧钰钢铁集团有限公司　ENTERPRISE NEWS
!m 新闻中心 ｜ 集团要闻
!t 集团公司召开安全生产月动员大会_澧钰钢铁集团
!m 2025-06-14　|　文/宣传部 刘珂　图/韩东
{BODY}
!l 返回新闻列表
!l 加入我们：2025届校园招聘火热进行中 >>
!m Copyright © 澧钰钢铁集团有限公司　地址：澧钰市钢城大道1号
""",
        body="""
⟦t 集团公司召开安全生产月动员大会⟧6月13日，集团公司召开2025年“安全生产月”活动动员大会，全面部署安全生产月各项工作。
会上，安全环保部通报了上半年安全生产情况，炼铁厂、轧钢厂作了表态发言。
⟦m 图为动员大会现场⟧
集团公司总经理在讲话中强调，要深刻汲取行业事故教训，严格落实全员安全生产责任制，坚决遏制各类事故发生。
活动期间，集团将组织开展应急演练、隐患大排查和安全知识竞赛等活动。
""",
    ),
    dict(
        slug="training-anxin-maternity-nanny-course-html",
        site="安心家政职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.anxinjz.example.com/kecheng/yuesao/2025.html",
        title="2025年母婴护理员（月嫂）培训教学计划",
        record_title="2025年母婴护理员（月嫂）培训教学计划｜安心家政培训",
        date=None,
        notes="training school page: enrolment prompts, consult QQ/WeChat box, free trial lesson button; course table kept; no date (year only in title)",
        page="""
<html><head><meta charset="utf-8"><title>2025年母婴护理员（月嫂）培训教学计划｜安心家政培训</title></head><body>
<div class="header">⟦m 安心家政职业培训学校　人社部门备案培训机构⟧</div>
<div class="nav">⟦l 首页 课程设置 师资力量 学员就业 报名咨询⟧</div>
<div class="banner">⟦a 限时优惠：报名立减300元，名额有限！⟧</div>
<h2>⟦t 2025年母婴护理员（月嫂）培训教学计划⟧</h2>
<div class="main">
{BODY}
</div>
<div class="consult">⟦w 招生老师微信：anxin-yuesao01　QQ：2875530012⟧</div>
<div class="consult">⟦a 免费试听一节课　[立即预约]⟧</div>
<div class="foot">⟦m 校址：楝川县人民路66号二楼　招生热线：0739-5333 6677⟧</div>
</body></html>
""",
        body="""
一、培养目标
通过系统培训，使学员掌握产妇护理、新生儿护理和月子餐制作等基本技能，达到母婴护理员职业技能等级要求。
二、课程安排
模块　课时　主要内容
产妇护理　24　产后观察、乳房护理、产褥期卫生
新生儿护理　32　喂养、洗浴、抚触、常见问题识别
月子餐制作　16　营养搭配、实操练习
三、考核方式
理论考试与实操考核相结合，两项均合格者颁发培训结业证书。
四、就业推荐
学校与多家家政企业建立合作关系，优秀学员优先推荐上岗。
""",
    ),
]
