"""holdout141, part F. Invented text, sites, places and chrome; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-lanhu-spirulina-industry-meeting",
        site="澜湖市螺旋藻产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lhlxz.org/hydt/2025/0521.html",
        title="澜湖市螺旋藻产业协会2025年第一次理事会会议纪要",
        record_title="【协会纪要】澜湖市螺旋藻产业协会2025年第一次理事会会议纪要",
        date="2025-05-21",
        date_also=["2025-05-19"],
        notes="association minutes; 时间/地点/主持/出席/记录 lines kept; 印发 date expected, meeting date also accepted",
        page="""
!m 澜湖市螺旋藻产业协会 — 会员之家
!m 首页 › 协会动态 › 会议纪要
!t 【协会纪要】澜湖市螺旋藻产业协会2025年第一次理事会会议纪要
!m 秘书处　2025-05-21　阅读 93
{BODY}
!l 上一篇：关于开展螺旋藻养殖池塘清淤检查的通知
!m 秘书处电话：0875-3391026　邮箱：lhlxz@126.com
!d 本站内容仅供会员参考，转载请注明出处。
""",
        body="""
时间：2025年5月19日上午9:30
地点：协会会议室
主持：覃永昌（会长）
出席：理事单位代表14人，监事1人
记录：秘书处 阮丽
会议审议通过了以下事项：
一、通过《2025年协会工作要点》，重点开展螺旋藻粉质量团体标准制定和品牌推介工作。
二、同意吸纳3家养殖企业为新会员单位。
三、决定于7月在澜湖举办螺旋藻产业发展论坛，由秘书处牵头筹备。
四、要求各会员单位于6月底前完成养殖池水质自检，并将结果报秘书处汇总。
澜湖市螺旋藻产业协会秘书处
2025年5月21日印发
""",
    ),
    dict(
        slug="corp-qianse-madder-dye-open-day",
        site="茜色草木染工作室 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qianse-dye.com/news/42.html",
        title="茜色工作室茜草染工坊开放日预约须知",
        record_title="茜色工作室茜草染工坊开放日预约须知 - 茜色草木染",
        date=None,
        notes="small company site, modern template; no date in the document (relative 昨天 in a byline is no date); a 扫码预约 sentence kept; shop ad",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>茜色工作室茜草染工坊开放日预约须知 - 茜色草木染</title><link rel="stylesheet" href="/css/main.css"></head>
<body>
<nav>⟦m 茜色草木染⟧ ⟦m 关于我们　工坊课程　作品商店　新闻　联系⟧</nav>
<h1>{T}</h1>
<p class="by">⟦m 昨天 16:22 · 工作室小助手⟧</p>
<main>
{BODY}
</main>
<div class="shop">⟦l 作品商店：茜草染真丝方巾 ¥268 · 茜草染棉麻桌旗 ¥158⟧</div>
<footer>⟦m 工坊地址：苏塘镇古桥街17号⟧ ⟦m 商务合作：hello@qianse-dye.com⟧ ⟦d © 茜色草木染 保留所有权利⟧</footer>
</body></html>
""",
        body="""
茜草是我国传统的红色染料植物，用它的根可以染出从浅粉到深红的多种颜色。为让更多朋友了解草木染，本工作室每月第一个周六举办工坊开放日。
开放日内容包括：参观茜草种植园和染坊，了解茜草根采挖、晾晒、萃取的过程，亲手染制一条棉质方巾。
每场限20人，需提前预约。请扫描工坊门口或本页下方的二维码填写预约信息，预约成功后会收到确认短信。
染色过程中会接触媒染剂，请穿着便于活动的旧衣服，12岁以下儿童须由家长陪同。
""",
    ),
    dict(
        slug="training-yunjian-hang-gliding-course",
        site="云间航空运动培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yunjian-fly.cn/course/hg-2026.html",
        title="2026年春季悬挂滑翔初级培训班招生简章",
        record_title="【招生】2026年春季悬挂滑翔初级培训班招生简章（限额12人）",
        date="2026-01-15",
        notes="training-centre template; floating consult box; course table; 成文日期 under the signature; a course ad glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>2026年春季悬挂滑翔初级培训班招生简章-云间航空运动培训中心</title></head>
<body>
<div class="top">⟦m 云间航空运动培训中心⟧ ⟦m 国家级航空运动培训基地⟧ ⟦a 在线报名⟧</div>
<div class="nav">⟦m 首页 | 培训课程 | 教练团队 | 学员风采 | 安全保障 | 联系我们⟧</div>
<h1>{T}</h1>
<p>⟦m 浏览量：1507　分类：招生简章⟧</p>
{BODY}
<div class="kefu">⟦w 课程顾问在线　咨询请加微信 yj_fly2026⟧</div>
<div class="foot">⟦m 基地地址：鹤坪县翔云山南麓⟧ ⟦m 冀ICP备20011875号⟧</div>
</body></html>
""",
        body="""
本中心2026年春季悬挂滑翔初级培训班现开始招生。⟦l 另有滑翔伞体验课，详情点击查看⟧
一、招生条件：年满18周岁，身体健康，体重在55至95公斤之间。
二、课程安排
阶段　内容　时长
地面课　理论、装备、地面操控　5天
低空课　山坡滑跑起飞与着陆　7天
高空课　带飞与单飞考核　8天
三、培训地点：翔云山滑翔场。
四、结业：考核合格者可申请航空运动协会悬挂滑翔初级运动员技术等级证书。
云间航空运动培训中心
2026年1月15日
""",
    ),
    dict(
        slug="fanwenapp-wenqiao-drum-workshop-speech",
        site="文桥写作App阅读模式 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.wenqiao-app.com/read/9f8e7112",
        title="在青檀镇手工鼓坊非遗传承基地揭牌仪式上的致辞",
        record_title="在青檀镇手工鼓坊非遗传承基地揭牌仪式上的致辞（通用版）",
        date="2025-06-14",
        notes="writing-app reading mode; date under the title; speaker line neutral; open-app prompt glued after a sentence; AI-rewrite button row",
        page="""
!m 文桥写作 · 阅读模式
!t 在青檀镇手工鼓坊非遗传承基地揭牌仪式上的致辞（通用版）
!a 一键改写　　AI续写　　复制全文
{T}
（2025年6月14日）
青檀镇人民政府镇长　甘晓峰
{BODY}
!a 打开文桥写作App，获取更多致辞范文
!l 本文已被 1,208 人收藏
""",
        body="""
尊敬的各位来宾、各位乡亲：
今天，我们在这里举行青檀镇手工鼓坊非遗传承基地揭牌仪式。我谨代表镇党委、镇政府，向前来参加仪式的各位领导和来宾表示热烈欢迎！
青檀手工制鼓技艺已有三百多年历史，从选木、拼板、蒙皮到定音，全靠手工完成。目前镇里还有老鼓匠9人，年产各类鼓1500余面。⟦a 打开App查看全文排版⟧
传承基地建成后，将承担技艺展示、研学体验和学徒培养三项任务。镇里将每年安排专项资金，支持鼓坊招收学徒、改善生产条件。
希望鼓匠师傅们把手艺传下去，也希望年轻人多来学、多来看。最后，祝传承基地越办越好！
""",
    ),
    dict(
        slug="gkforum-shangan-centipede-scam-material",
        site="上岸公考社区 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.shangan-gk.com/t/41187",
        title="面试热点：“高价收购”背后的蜈蚣养殖骗局",
        record_title="[面试素材] 面试热点：“高价收购”背后的蜈蚣养殖骗局（附答题思路）",
        date="2025-11-03",
        notes="exam community thread; hard-wrapped at 60 columns; points prompt; 发布于 date; answer-outline numbered list kept",
        page="""
!m 上岸公考社区 / 面试 / 热点素材
!t [面试素材] 面试热点：“高价收购”背后的蜈蚣养殖骗局（附答题思路）
!m 发布于 2025-11-03 07:30 · 楼主 面试老杨 · 浏览 6021
{BODY}
!a 下载本帖PDF需消耗 5 金币
!l 回复(88)　收藏(402)　点赞(317)
!d 社区内容仅供备考交流，严禁转载售卖。
""",
        wrap=60,
        body="""
【热点背景】近日，某地多名农户反映，一家公司以“提供种苗、包技术、高价回收”为名，诱导农户每户缴纳数万元购买蜈蚣种苗和养殖箱。农户养殖数月后，公司以“品质不达标”为由拒绝回收，随后人去楼空。
【题目示例】对于这类“养殖回收”骗局，你怎么看？
【答题思路】
1.表明态度：这类骗局利用农户致富心切，损害群众利益，也破坏了农村特色养殖的健康发展。
2.分析原因：农户辨别能力不足、缺乏正规技术和市场信息渠道，部分地方对此类公司监管不到位。
3.提出对策：加强宣传提醒，引导农户签订规范合同；农业部门提供免费技术咨询；市场监管和公安部门依法打击。
4.总结升华：让特色养殖真正成为农民增收的“致富虫”，而不是“害人虫”。
""",
    ),
    dict(
        slug="baike-zhishi-horn-comb-qa",
        site="知识树百科问答 (invented)",
        style="百科问答",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.zhishishu.net/wenda/33092.html",
        title="牛角梳真假如何辨别？",
        record_title="牛角梳真假如何辨别？_知识树",
        date=None,
        notes="Q&A in an encyclopaedia: numbered list kept; an example year in a sentence is no date; update stamp no date",
        page="""
!m 知识树 · 百科问答
!m 首页 > 生活 > 家居用品
!t 牛角梳真假如何辨别？_知识树
!m 更新时间：2025-04-09　|　1.1万人看过
!a 纠错　|　收藏
{BODY}
!l 相关问答：木梳和牛角梳哪个好？　牛角梳可以用水洗吗？
!d 本回答由网友提供，不代表知识树观点。
""",
        body="""
牛角梳以水牛角为原料，经切片、压平、开齿、打磨等工序制成。市面上有用树脂、塑料仿制的“牛角梳”，可以从以下几个方面辨别：
1.看纹理。真牛角梳有天然的丝状纹理，颜色过渡自然；仿品纹理呆板，或者颜色过于均匀。
2.闻气味。用热水浸泡或摩擦梳齿后，真牛角梳会有淡淡的毛发烧焦味，仿品则有塑料味。
3.掂重量。同样大小，真牛角梳比树脂梳略重，手感温润。
4.看梳齿。手工开齿的梳齿根部圆润，不会有注塑留下的毛边。
据说早在1980年前后，当地已有作坊专门制作出口牛角梳，如今仍以手工制作为主。
""",
    ),
    dict(
        slug="netdisk-baihe-mayonnaise-haccp",
        site="百盒网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.baihe-cloud.example.com/share/init?surl=mAyo2025",
        title="沙拉酱生产车间关键控制点监控制度",
        record_title="沙拉酱生产车间关键控制点监控制度.docx",
        date="2025-07-01",
        notes="cloud-drive preview page in HTML; file-name record title; expiry and save buttons; the rules' own 下载/打印 article kept; 施行 date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>沙拉酱生产车间关键控制点监控制度.docx_免费高速下载|百盒网盘</title></head>
<body>
<div class="bar">⟦m 百盒网盘⟧ ⟦a 登录　注册　客户端下载⟧</div>
<div class="file">⟦t 沙拉酱生产车间关键控制点监控制度.docx⟧</div>
<div class="info">⟦m 2025-07-03 09:41　失效时间：2025-08-02⟧ ⟦m 文件大小：27.6KB⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 开通超级会员 极速下载⟧</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="foot">⟦d 百盒网盘提醒您：请勿下载来源不明的文件，谨防诈骗。⟧</div>
</body></html>
""",
        body="""
第一条　为确保沙拉酱产品安全，根据本公司HACCP计划，制定本制度。
第二条　本车间关键控制点为：原料鸡蛋巴氏杀菌、酸度调配和金属探测三个环节。
第三条　鸡蛋液巴氏杀菌温度不低于64℃、保持时间不少于3分钟，操作工每批次记录一次温度和时间。
第四条　成品pH值须控制在4.1以下，品控员每两小时抽检一次。
第五条　金属探测器每班开机前用标准测试块校验，发现异常立即停线并隔离前一校验点以来的产品。
第六条　监控记录由品控部统一归档，各班组可在文件系统下载记录表模板，打印后填写。
第七条　本制度自2025年7月1日起施行。
""",
    ),
    dict(
        slug="snapshot-textonly-trombone-school-band",
        site="溪谷搜索纯文字快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://snapshot.xigu-search.com/text?url=http%3A%2F%2Fwww.lszx.edu.cn%2Fnews%2F2205.html",
        title="我校长号少年获全省中小学器乐独奏比赛金奖",
        record_title=None,
        date="2025-12-12",
        notes="text-only snapshot; snapshot stamp no date; page's 发布日期 is the date; missing record title; the whole body on one line",
        page="""
!m 溪谷快照：http://www.lszx.edu.cn/news/2205.html
!m 这是该网页于 2025-12-20 03:51 的纯文字快照；原网页可能已更新。
!a 查看原网页　|　完整快照
!m 栎山中学 · 校园新闻
{T}
!m 发布日期：2025-12-12　来源：艺术教研组
{BODY}
!m 栎山中学 版权所有 地址：栎山县中山北路2号
""",
        oneline=True,
        body="""
12月10日，全省中小学器乐独奏比赛在省艺术中心落幕，我校初二（3）班学生乔宇航以长号独奏《幽默曲》获得初中组铜管乐器金奖。
乔宇航五年级开始学习长号，加入学校管乐团后坚持每天早晨练琴一小时。指导教师滕老师说，这次比赛他的滑管技术和音色控制都有了明显进步。
这是我校管乐团学生第二次在省级比赛中获得金奖。
""",
    ),
    dict(
        slug="print-tianchi-dutar-class-plan",
        site="天池县文化馆打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.tcxwhg.cn/print.asp?id=611",
        title="天池县2025年都塔尔传承培训班实施方案",
        record_title="天池县2025年都塔尔传承培训班实施方案 -- 打印",
        date="2025-04-03",
        notes="print view: site header, URL and close button; a page footer of my own; training schedule table; Chinese-numeral date",
        page="""
!m 天池县文化馆　http://www.tcxwhg.cn
!t 天池县2025年都塔尔传承培训班实施方案 -- 打印
!m 打印日期：2025年11月30日
{T}
{BODY}
!p 页 1 / 1
!a 〖打印〗　〖关闭本窗口〗
""",
        body="""
为传承保护都塔尔弹唱艺术，培养青年传承人，县文化馆决定举办2025年都塔尔传承培训班，制定本方案。
一、培训对象：全县各乡镇文化站推荐的青年文艺爱好者30名。
二、培训时间和地点：2025年5月至7月，每周二、周五下午，县文化馆二楼排练厅。
三、课程安排
月份　内容　授课人
5月　基本指法和定弦　阿不都热依木
6月　传统曲目学习　古丽加玛丽
7月　弹唱合练和汇报演出　阿不都热依木
四、保障措施：培训期间由文化馆提供乐器，学员往返交通费按规定给予补助。
天池县文化馆
二〇二五年四月三日
""",
    ),
    dict(
        slug="mail-taoyuan-enzyme-drink-warning-forward",
        site="桃源县消费者协会邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:xx@tyxxh.example.cn?msg=20250911",
        title="关于警惕自制“水果酵素”饮用风险的消费提示",
        record_title="Fwd: 关于警惕自制“水果酵素”饮用风险的消费提示",
        date="2025-09-10",
        date_also=["2025-09-11"],
        notes="forwarded mail: Fwd headers, the forwarder's note, quoted header block; the notice's own 投诉电话 kept; signature block of the mail as chrome",
        page="""
!m From: 桃源县消费者协会 <xiehui@tyxxh.example.cn>
!m Date: 2025年9月11日 周四 10:26
!m To: 各乡镇市场监管所; 各社区
!t Subject: Fwd: 关于警惕自制“水果酵素”饮用风险的消费提示
!m 请各单位通过社区群、宣传栏转发，谢谢！——秘书处 小孔
!m -------- Forwarded Message --------
{T}
{BODY}
!m --
!m 桃源县消费者协会秘书处｜电话 0736-7220315｜地址 桃源县人民路90号
!d 本邮件及其附件仅供指定收件人使用。
""",
        body="""
广大消费者：
近期，网络上流行自制“水果酵素”，一些商家和自媒体宣称其可以“排毒”“减肥”“降三高”。县消费者协会提醒：
一、自制酵素发酵过程难以控制，容易被杂菌污染，还可能产生甲醇等有害物质，饮用后可能出现腹痛、腹泻，严重的会引起中毒。
二、“酵素”并不是药品，目前没有科学证据表明其具有治疗疾病的作用，不要轻信夸大宣传。
三、购买酵素类产品，应选择有食品生产许可证编号的正规产品，并保留购物凭证。
如遇虚假宣传或产品质量问题，可拨打投诉电话0736-7226315反映。
桃源县消费者协会
2025年9月10日
""",
    ),
]
