"""holdout134, part E: a yeast factory's tender, a tissue-paper association, a collagen maker,
a paddle-board school, an enzyme plant, a tapioca workshop, a paint factory, a carbon-fibre
frame recall and others. Invented text throughout."""

CASES = [
    dict(
        slug="rsks-hexi-safety-engineer-scores-html",
        site="禾西市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hxrsks.example.gov.cn/cjcx/2025/1212/5530.html",
        title="关于2025年度注册安全工程师职业资格考试成绩查询的通知",
        record_title="【考务公告】关于2025年度注册安全工程师职业资格考试成绩查询的通知",
        date="2025-12-12",
        notes="exam site: score-query button, the centre's own 咨询电话 kept beside the site's 技术支持 line; a sentence about 下载 the certificate kept",
        page="""
<html><head><meta charset="utf-8"><title>禾西市人事考试网-成绩查询</title></head><body>
<div class="top">⟦m 禾西市人事考试网⟧　⟦a 考生登录　成绩查询入口⟧</div>
<div class="nav">⟦m 首页 考试公告 报名入口 成绩查询 证书领取⟧</div>
<h2>⟦t 关于2025年度注册安全工程师职业资格考试成绩查询的通知⟧</h2>
<div class="meta">⟦m 发布单位：考务一科　发布时间：2025-12-12　阅读：7,215⟧</div>
{BODY}
<div class="foot">⟦m 网站技术支持：0736-2210800（仅解答网页故障）⟧　⟦d 禾西市人事考试中心 主办⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年度注册安全工程师职业资格考试成绩已经公布，考生可登录全国专业技术人员资格考试服务平台查询。
一、合格标准
各科目合格标准均为试卷满分的百分之六十。
二、电子证书
考试合格的人员，可于2026年1月起在服务平台下载电子证书，电子证书与纸质证书具有同等效力。
三、咨询电话
考试咨询电话：0736-2210836（工作日9:00—17:00）。
禾西市人事考试中心
2025年12月12日
""",
    ),
    dict(
        slug="tender-fanghua-yeast-wastewater-html",
        site="芳华发酵集团招标采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zb.fanghuayeast.example.com/gg/2025/0415/ZB-0415.html",
        title="芳华酵母公司废水处理站提标改造工程招标公告",
        record_title=None,
        date="2025-04-15",
        notes="tender platform; title missing (h1 on the page); bidder registration action buttons; buyer and agency contacts kept; lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>招标公告-芳华发酵集团招标采购网</title></head><body>
<div class="hd">⟦m 芳华发酵集团招标采购网　阳光采购 公平竞争⟧</div>
<div class="nav">⟦m 首页　招标公告　变更公告　中标公示　供应商注册⟧</div>
<h1>⟦t 芳华酵母公司废水处理站提标改造工程招标公告⟧</h1>
<div class="meta">⟦m 公告编号：FH-ZB-2025-041　发布日期：2025-04-15　浏览次数：318⟧</div>
<div class="btn">⟦a 我要投标　下载招标文件　收藏公告⟧</div>
{BODY}
<div class="ft">⟦m 平台客服：400-618-0415　工作日 8:30-17:30⟧<br>⟦d Copyright © 芳华发酵集团 版权所有⟧</div>
</body></html>
""",
        body="""
一、项目概况
芳华酵母公司废水处理站提标改造工程已具备招标条件，现进行公开招标。
二、招标范围
标段　内容　最高限价（万元）
一标段　厌氧反应器改造　620
二标段　深度处理系统新建　880
三、投标人资格
投标人须具有环保工程专业承包二级及以上资质，近三年有类似业绩。
四、联系方式
招标人：芳华酵母有限公司，联系人：孙工，电话：0851-3662071。
招标代理：禾信工程咨询有限公司，联系人：杜女士，电话：0851-3662099。
""",
    ),
    dict(
        slug="lawfirm-jianheng-graphene-ip-letter",
        site="见衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.jianhenglaw.example.com/views/2025/graphene-ip.html",
        title="致石墨烯企业的知识产权风险提示函",
        record_title="致石墨烯企业的知识产权风险提示函 - 见衡观点 - 见衡律师事务所",
        date="2025-08-19",
        notes="law-firm letter: lawyer team line, a numbered list kept, a disclaimer and a booking prompt under, 成文日期 at the end",
        page="""
!m 见衡律师事务所 ｜ 专注科技企业法律服务
!m 首页 / 见衡观点 / 风险提示
{T}
!m 知识产权团队　2025-08-20　阅读 486
{BODY}
!d 本函内容不构成对任何具体事项的法律意见
!w 预约知识产权律师：0512-6288 4410（周一至周五）
!l 相关观点：高新技术企业商业秘密保护指引
""",
        body="""
各石墨烯材料企业：
近年来，石墨烯领域专利申请量快速增长，专利纠纷也明显增多。我所在服务企业过程中发现以下风险，特此提示。
1. 新产品上市前未做专利检索，容易落入他人专利保护范围。
2. 研发人员离职带走工艺参数，企业缺少保密协议和竞业限制约定。
3. 与高校合作研发时，未约定成果归属，事后发生权属争议。
建议企业建立专利预警机制，完善保密制度，在合作协议中写清知识产权归属条款。
见衡律师事务所知识产权团队
2025年8月19日
""",
    ),
    dict(
        slug="community-shuiyue-window-escape-notice",
        site="水月社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.shuiyuesq.example.com/notice/2025/0612.html",
        title="关于为老旧住宅防盗窗免费加装逃生口的通知",
        record_title="关于为老旧住宅防盗窗免费加装逃生口的通知",
        date=None,
        notes="residents' site; no date in the document, only a relative time 昨天 on the page; registration phone of the community kept; a comment box and hot list",
        page="""
!m 水月社区网
!m 首页 ＞ 社区通知
{T}
!m 社区网格站　昨天 16:05　浏览 388
{BODY}
!l 我要评论
!l 热门通知：小区夜间施工时间调整｜楼道灯更换进度
""",
        body="""
各位居民：
防盗窗全封闭，一旦发生火灾，逃生和救援都会受阻。社区联合街道消防站，为辖区老旧住宅的防盗窗免费加装可从内部开启的逃生口。
本次加装以三楼以上、有老人或儿童居住的家庭优先，每户限装一处。
有意向的居民请到网格站登记，或拨打登记电话：0571-8520 3316。
施工由持证工人上门完成，全程不收取任何费用，请居民谨防冒充人员上门收费。
""",
    ),
    dict(
        slug="association-zhijin-tissue-pledge-html",
        site="禾川生活用纸行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.hcpaper.example.org.cn/xhdt/2025/0706/56.html",
        title="生活用纸行业诚信经营倡议书",
        record_title="【协会倡议】生活用纸行业诚信经营倡议书",
        date="2025-07-06",
        notes="association page: member login, a 'join the association' button, a sidebar of notices, a footer with address and 邮编; 成文日期 at the end",
        page="""
<html><head><meta charset="utf-8"><title>生活用纸行业诚信经营倡议书-禾川生活用纸行业协会</title></head><body>
<div class="hd">⟦m 禾川生活用纸行业协会⟧　⟦a 会员登录　申请入会⟧</div>
<div class="nav">⟦m 协会概况　协会动态　行业标准　会员风采　联系我们⟧</div>
<h2>⟦t 生活用纸行业诚信经营倡议书⟧</h2>
<div class="meta">⟦m 来源：秘书处　时间：2025-07-07⟧</div>
{BODY}
<div class="side">⟦l 通知公告⟧<ul><li>⟦l 关于召开会员代表大会的通知⟧</li><li>⟦l 行业统计年报填报说明⟧</li></ul></div>
<div class="ft">⟦m 地址：禾川市纸业大道66号　邮编：541300⟧</div>
</body></html>
""",
        body="""
全行业会员企业：
近期，市场上出现个别企业虚标抽数、克重，使用回收纸冒充原生木浆等问题，损害了消费者权益和行业形象。为此，协会向全体会员企业倡议：
一、如实标注产品规格，做到抽数、克重、层数与包装标识一致。
二、严格原料管理，不使用不合格原料生产与人体接触的纸巾产品。
三、自觉接受社会监督，发现违规行为主动向协会反映。
禾川生活用纸行业协会
2025年7月6日
""",
    ),
    dict(
        slug="corp-yanjiao-collagen-news-text",
        site="研胶生物官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yanjiaobio.example.com/news/2025/1103.html",
        title="研胶生物胶原蛋白肽产线通过GMP认证",
        record_title="研胶生物胶原蛋白肽产线通过GMP认证_公司新闻_研胶生物",
        date="2025-11-03",
        notes="company site text: product menu line, publish line, a share bar glued after the last sentence, a recruitment banner and footer",
        page="""
!m 研胶生物 YANJIAO BIO　|　产品中心　研发创新　新闻动态　投资者关系
!m 首页 > 新闻动态 > 公司新闻
{T}
!m 发布时间：2025-11-03　来源：品牌部
{BODY}
!a 诚聘英才　点击投递简历
!m 研胶生物科技股份有限公司　地址：楝水经济开发区生物路8号
""",
        body="""
近日，研胶生物胶原蛋白肽生产线顺利通过药品生产质量管理规范认证，成为省内首条通过该认证的胶原蛋白肽产线。
该产线以鱼皮为原料，采用定向酶解和膜分离技术，年产胶原蛋白肽八百吨，产品主要用于医用敷料和功能食品。
公司总经理表示，通过认证为产品进入医疗器械领域打下了基础，公司将加快推进二期项目建设。⟦l 分享到：微信　微博⟧
""",
    ),
    dict(
        slug="training-langtou-paddleboard-brochure-html",
        site="浪头桨板运动学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.langtousup.example.com/course/2025-summer.html",
        title="浪头桨板运动学校2025年暑期青少年班招生简章",
        record_title="浪头桨板运动学校2025年暑期青少年班招生简章｜浪头桨板",
        date=None,
        notes="training school page: floating consult box, a coupon action between paragraphs, the school's own 报名电话 kept beside a 400 line, course table, no date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>浪头桨板运动学校2025年暑期青少年班招生简章｜浪头桨板</title></head><body>
<div class="nav">⟦m 浪头桨板　课程介绍　教练团队　学员风采　预约体验⟧</div>
<h1>⟦t 浪头桨板运动学校2025年暑期青少年班招生简章⟧</h1>
{BODY}
<div class="float">⟦w 在线咨询　400-877-2025⟧</div>
<div class="ft">⟦d 最终解释权归浪头桨板运动学校所有⟧　⟦m 粤ICP备21077812号⟧</div>
</body></html>
""",
        body="""
浪头桨板运动学校位于棠湾县月亮湖水上运动中心，持有体育部门颁发的高危险性体育项目经营许可证。
一、课程设置
班型　课时　学费（元）
入门班　10课时　1600
进阶班　16课时　2600
⟦a 扫码领取暑期早鸟优惠券⟧
二、安全保障
所有学员全程穿着救生衣，每五名学员配备一名持证教练，湖面配备救生艇。
三、报名方式
报名电话：0759-2231 608（学校前台）。
""",
    ),
    dict(
        slug="app-xiezuomao-report-enzyme-workshop",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiezuomao.example.com/share/doc/55f0a1",
        title="酶制剂厂发酵车间主任2025年述职报告",
        record_title="酶制剂厂发酵车间主任2025年述职报告（可编辑）- 写作猫",
        date="2025-12-26",
        notes="writing-app share page: open-app banner, word-count meta, an 'AI polish' action glued after a sentence, a wrapped text at 60 columns",
        wrap=60,
        indent="　　",
        page="""
!a 在写作猫APP中打开，体验更流畅
!m 写作猫 · 范文库　字数：612　收藏 88
{T}
{BODY}
!a AI润色　一键仿写　导出PDF
!l 同类范文：车间主任年终述职｜生产部长述职述廉报告
""",
        body="""
各位领导、同事们：
2025年，我担任发酵车间主任，带领车间四十六名员工，围绕产量、质量和安全三项指标开展工作，现将履职情况报告如下。
一是产量创新高。全年生产液体淀粉酶、糖化酶等产品一万一千吨，比上年增长百分之九。
二是质量保持稳定。通过优化补料工艺，发酵单位平均提高百分之六，产品批次合格率百分之百。⟦a 点击AI润色本段⟧
三是安全零事故。全年开展应急演练四次，整改隐患六十余项。
不足之处是能耗仍然偏高，明年将重点推进空压机和冷却系统节能改造。
述职人：卢海燕
2025年12月26日
""",
    ),
    dict(
        slug="gkforum-shangan-xuandiao-tapioca-diary",
        site="上岸公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.shangangk.example.com/bbs/t-90331.html",
        title="选调生驻村手记：帮村里办起木薯粉加工坊",
        record_title="[选调生经验] 选调生驻村手记：帮村里办起木薯粉加工坊 - 基层经验区",
        date=None,
        notes="exam forum floor: level badge, a 'reply to see' prompt between paragraphs, relative time 5天前 no date, a one-line body glued by indents",
        oneline=True,
        indent="　　",
        page="""
!m 上岸公考社区 » 基层经验区
!m 楼主　木棉花开　Lv.6　5天前
{T}
{BODY}
!l 回复(26)　收藏(41)　点赞(97)
!a 登录后可下载楼主分享的驻村工作笔记
""",
        body="""
去年我作为选调生到桤川县马坡村驻村，村里家家户户种木薯，但只卖鲜薯，价格一低就亏本。
我和村两委商量，争取到衔接资金四十万元，建起了一个木薯粉加工坊，把鲜薯加工成木薯淀粉和粉丝。
加工坊今年已经收购村民木薯六百多吨，每吨比卖鲜薯多赚一百多元，还安排了十二个村民就业。
驻村一年，我最大的体会是，要先听群众说什么，再想自己能做什么。
""",
    ),
    dict(
        slug="wiki-wenda-syringe-disposal-answer",
        site="健康问答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wd.jiankangbk.example.com/q/118203.html",
        title="家里用过的注射针头应该怎么处理？",
        record_title="家里用过的注射针头应该怎么处理？_健康问答百科",
        date="2025-03-09",
        notes="Q&A page: answerer card with 回答于 date, a vote line, related questions, a disclaimer; a numbered list kept",
        page="""
!m 健康问答百科 · 医生在线解答
{T}
!m 全科医生 裴雨　主治医师　回答于 2025-03-09
{BODY}
!l 有帮助 217　没帮助 3
!l 相关问题：过期药品能不能扔进垃圾桶？
!d 网上咨询不能代替面诊，如有不适请及时就医
""",
        body="""
家庭使用过的注射针头属于锐器，不能直接扔进生活垃圾桶，以免扎伤环卫工人。
正确的做法是：
1. 针头用完后立即放入带盖的硬质塑料瓶或专用锐器盒，不要回套针帽。
2. 容器装到四分之三左右时拧紧瓶盖，用胶带封好，外面写上“锐器”字样。
3. 送到附近医院、社区卫生服务中心或药店设置的回收点。
""",
    ),
    dict(
        slug="netdisk-kuaipan-paint-factory-emergency-markers",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://kuaipan.example.net/s/Dk93LmZq",
        title="丽彩油漆厂危险化学品泄漏事故应急预案",
        record_title="丽彩油漆厂危险化学品泄漏事故应急预案.pdf",
        date="2025-05-20",
        notes="cloud share: file name as title; a preview's page markers ⧼n⧽ glued or not; share stamp not a date; 成文日期 at the end",
        pages=dict(fmt="⧼{n}⧽", every=120, start=2, glue="mix"),
        page="""
!m 快盘分享　文件预览
!m 分享人：安环部小王　2025-06-03 分享　过期时间：30天后
!t 丽彩油漆厂危险化学品泄漏事故应急预案.pdf
!a 下载(1.8MB)　保存到快盘　举报
{BODY}
!a 预览仅支持前5页，请下载查看完整文件
""",
        body="""
1 总则
为有效应对溶剂储罐区和调漆车间可能发生的危险化学品泄漏事故，最大限度减少人员伤亡和环境污染，制定本预案。
2 应急组织
厂长任应急总指挥，安环部负责日常管理，下设警戒疏散、抢险堵漏、医疗救护三个小组。
3 处置程序
3.1 发现泄漏后，现场人员立即报告并关闭相关阀门，切断一切火源。
3.2 抢险人员佩戴正压式空气呼吸器进入现场，用吸附棉和围堵沙袋控制泄漏物。
3.3 泄漏物流入雨水管网时，立即关闭厂区雨水总排口阀门。
丽彩油漆有限公司
2025年5月20日
""",
    ),
    dict(
        slug="snapshot-qingfeng-carbon-frame-recall-html",
        site="快照搜 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://kz.kuaizhaosou.example.com/snap?url=www.qingfengbike.example.com/recall/2025.html",
        title="关于召回部分碳纤维自行车车架的公告",
        record_title="关于召回部分碳纤维自行车车架的公告",
        date="2025-09-15",
        notes="snapshot frame with a cache notice and a 'page may have changed' disclaimer; the company's own 召回热线 kept beside its sales line in the footer; a sentence about 扫码 to check the frame number kept",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分碳纤维自行车车架的公告 - 快照</title></head><body>
<div class="snap">⟦m 快照搜 网页快照 存档时间 2025-09-19 02:51⟧<br>⟦d 快照仅为网页存档，当前页面可能已经更改⟧</div>
<div class="site">⟦m 清风单车 QINGFENG BIKE⟧　⟦m 产品　门店　服务　关于我们⟧</div>
<h1>⟦t 关于召回部分碳纤维自行车车架的公告⟧</h1>
{BODY}
<div class="ft">⟦w 购车咨询：400-881-6620⟧　⟦m 清风单车科技有限公司⟧</div>
</body></html>
""",
        body="""
尊敬的用户：
经检测发现，我公司2024年10月至2025年3月生产的“疾风”系列碳纤维公路车车架，因下管与五通连接处树脂固化不充分，长期骑行可能出现裂纹。
我公司决定自2025年9月20日起召回上述车架共一千三百二十个，为用户免费更换新车架。
用户可扫描车架上的二维码查询车架号是否在召回范围内，也可拨打召回专线0755-2631 9088咨询。
清风单车科技有限公司
2025年9月15日
""",
    ),
]
